import { GoalPacing } from '../../goals/components/GoalPacing';
import type { PlanProjectionQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import styles from './ProjectionTable.module.css';

type Line = PlanProjectionQuery['planProjection'][number];

/** Seed 004's three-year projection, a card per line: the year 1, 2 and 3 targets, and where it stands against its pace. */
export function ProjectionTable({ lines }: { lines: readonly Line[] }) {
  const { t } = useI18n();
  const fmt = useFormat();
  return (
    <ul className={styles.lines} data-testid="projection">
      {lines.map((line) => {
        const years = [line.milestones[0]?.value, line.milestones[1]?.value, line.endValue];
        return (
          <li key={line.id} className={styles.line} data-testid="projection-line" data-metric-key={line.metric.key}>
            <h3 className={styles.name}>{line.metric.name}</h3>
            <dl className={styles.years}>
              {years.map((value, i) => (
                <div key={i}>
                  <dt>{t('plan.projection.year', { year: i + 1 })}</dt>
                  <dd data-testid="projection-year">{value === undefined ? '—' : fmt.value(value, line.metric.unit, { compact: true })}</dd>
                </div>
              ))}
            </dl>
            <GoalPacing progress={line.progress} unit={line.metric.unit} />
          </li>
        );
      })}
    </ul>
  );
}
