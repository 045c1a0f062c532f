import type { InitiativesQuery } from '../../../gql/graphql';
import { useFormat } from '../../../shared/format/useFormat';
import { useI18n } from '../../../shared/i18n';
import { paybackText, roiText, USD } from './economics';
import styles from './PortfolioScorecard.module.css';

type Portfolio = InitiativesQuery['initiativePortfolio'];

/** The portfolio as one initiative: what it costs, what it saves a year, its ROI and payback, and the books to date. */
export function PortfolioScorecard({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useI18n();
  const format = useFormat();
  const tiles = [
    { key: 'investment', label: t('plan.portfolio.investment'), value: format.value(portfolio.totalInvestment, USD), note: t('plan.portfolio.spent', { amount: format.value(portfolio.totalSpentToDate, USD) }) },
    { key: 'saving', label: t('plan.portfolio.saving'), value: format.value(portfolio.totalExpectedSaving, USD), note: t('plan.portfolio.saved', { amount: format.value(portfolio.totalSavedToDate, USD) }) },
    { key: 'roi', label: t('plan.portfolio.roi'), value: roiText(t, format, portfolio.roi), note: t('plan.roiHint') },
    { key: 'payback', label: t('plan.portfolio.payback'), value: paybackText(t, format, portfolio.paybackMonths), note: t('plan.paybackHint') },
  ];
  return (
    <section className={styles.scorecard} aria-label={t('plan.portfolio.title')} data-testid="portfolio-scorecard">
      {tiles.map((tile) => (
        <div key={tile.key} className={styles.tile} data-testid={`portfolio-${tile.key}`}>
          <span className={styles.label}>{tile.label}</span>
          <span className={styles.value}>{tile.value}</span>
          <span className={styles.note}>{tile.note}</span>
        </div>
      ))}
    </section>
  );
}
