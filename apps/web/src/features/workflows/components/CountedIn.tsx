import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { formatDuration } from '@opshub/metrics';
import { useFormat } from '../../../shared/format/useFormat';
import type { GqlUnit } from '../../../shared/format/unit';
import { useI18n } from '../../../shared/i18n';
import { metricPath } from '../../../shared/url/paths';
import { WorkflowMetricsQuery } from '../graphql/workflows';
import styles from '../pages/WorkflowRecordPage.module.css';

const COUNT: GqlUnit = { kind: 'COUNT' };

/**
 * The KPIs a record counted in, with what it added to each: the catalog's names in the reader's language, linked
 * to the metric page; times as people say them ("29 min", "1 day 3 hr"), amounts in their unit.
 */
export function CountedIn({ counted }: { counted: ReadonlyMap<string, number> }) {
  const { t, language, locale } = useI18n();
  const fmt = useFormat();
  const { data } = useQuery(WorkflowMetricsQuery, { variables: { locale: language } });
  const metrics = new Map((data?.metrics ?? []).map((metric) => [metric.key, metric]));
  if (counted.size === 0) return <p className="muted">{t('wf.notCounted')}</p>;
  return (
    <ul className={styles.list}>
      {[...counted].map(([key, value]) => {
        const metric = metrics.get(key);
        const unit = metric?.unit ?? COUNT;
        return (
          <li key={key} data-metric={key}>
            <Link to={metricPath(key)}>{metric?.name ?? key}</Link>
            <span className="num" data-testid="counted-value">{unit.kind === 'HOURS' ? formatDuration(value, { locale }) : fmt.value(value, unit)}</span>
          </li>
        );
      })}
    </ul>
  );
}
