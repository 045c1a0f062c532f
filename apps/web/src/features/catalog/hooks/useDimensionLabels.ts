import { useCallback, useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { dimensionValueLabel } from '@opshub/metrics';
import { useI18n, type MessageKey } from '../../../shared/i18n';
import { DimensionLabelsQuery } from '../graphql/catalog';

export interface DimensionLabels {
  /** What a screen shows for a dimension value: its label from the server (a rep's name), else the code humanised. */
  value: (dimension: string, value: string) => string;
  /** What a screen shows for a dimension name: "Region" / "Región". */
  name: (dimension: string) => string;
}

/** Labels of dimension values, loaded once per language and shared through the Apollo cache; the key stays the filter value. */
export function useDimensionLabels(): DimensionLabels {
  const { language, t } = useI18n();
  const { data } = useQuery(DimensionLabelsQuery, { variables: { locale: language } });
  const labels = useMemo(
    () => new Map((data?.dimensionLabels ?? []).map((entry) => [`${entry.dimension}\u0000${entry.value}`, entry.label])),
    [data],
  );
  const value = useCallback((dimension: string, code: string) => labels.get(`${dimension}\u0000${code}`) ?? dimensionValueLabel(code), [labels]);
  const name = useCallback(
    (dimension: string) => {
      const key = `catalog.dimension.${dimension}` as MessageKey;
      const known = t(key);
      return known === key ? dimensionValueLabel(dimension) : known;
    },
    [t],
  );
  return useMemo(() => ({ value, name }), [value, name]);
}
