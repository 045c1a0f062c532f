import { useMutation, useQuery } from '@apollo/client/react';
import { useI18n } from '../../../shared/i18n';
import { SlaPoliciesQuery, UpdateSlaPolicyMutation } from '../graphql/admin';

export function useSlaPolicies() {
  const { language } = useI18n();
  return useQuery(SlaPoliciesQuery, { variables: { locale: language } });
}

export function useUpdateSlaPolicy() {
  return useMutation(UpdateSlaPolicyMutation)[0];
}
