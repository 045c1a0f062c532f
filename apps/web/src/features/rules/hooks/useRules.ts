import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { AlertRuleInput } from '../../../gql/graphql';
import {
  AlertRuleBacktestQuery, AlertRulesQuery, CreateAlertRuleMutation, DeleteAlertRuleMutation, RuleFormOptionsQuery, SetAlertRuleActiveMutation,
  RuleMetricsQuery, UpdateAlertRuleMutation,
} from '../graphql/rules';
import { useI18n } from '../../../shared/i18n';

/** The rules of one metric (or every rule one may read), with pause and delete. */
export function useRules(metricKey: string | null) {
  const { language: locale } = useI18n();
  const result = useQuery(AlertRulesQuery, { variables: { metricKey, locale } });
  const [setActive] = useMutation(SetAlertRuleActiveMutation);
  const [remove] = useMutation(DeleteAlertRuleMutation, {
    update: (cache, { data }) => {
      if (data) cache.evict({ id: cache.identify({ __typename: 'AlertRule', id: data.deleteAlertRule.id }) });
    },
  });
  return {
    ...result,
    setActive: (id: string, active: boolean) => setActive({ variables: { id, active, locale } }),
    remove: (id: string) => remove({ variables: { id } }),
  };
}

/** Saving a rule: create or update; the list refetches so a new rule appears in it. */
export function useSaveRule() {
  const { language: locale } = useI18n();
  const refetchQueries = [AlertRulesQuery];
  const [create, createState] = useMutation(CreateAlertRuleMutation, { refetchQueries });
  const [update, updateState] = useMutation(UpdateAlertRuleMutation, { refetchQueries });
  return {
    save: (id: string | null, input: AlertRuleInput) => (id ? update({ variables: { id, input, locale } }) : create({ variables: { input, locale } })),
    saving: createState.loading || updateState.loading,
  };
}

export function useRuleFormOptions(metricKey: string) {
  const { language: locale } = useI18n();
  return useQuery(RuleFormOptionsQuery, { variables: { metricKey, locale }, skip: !metricKey });
}

export function useRuleMetrics(skip: boolean) {
  const { language: locale } = useI18n();
  return useQuery(RuleMetricsQuery, { variables: { locale }, skip });
}

export function useBacktest() {
  return useLazyQuery(AlertRuleBacktestQuery, { fetchPolicy: 'network-only' });
}
