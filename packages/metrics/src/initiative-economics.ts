/**
 * The economics of optimisation initiatives, as seed 004's plan states them: ROI is the annual saving over the
 * investment (automation: $500K a year on $200K is 250 %), payback the months of saving that repay the investment
 * ($200K at $500K / 12 a month is 4.8 months; the seed rounds it up to 5). Planned figures come from the plan,
 * actual ones from what was spent and saved since the start. A figure that does not exist (nothing invested, no
 * saving yet, not started) is null with the reason, never a huge number.
 */

/** Seed 004's operating-cost categories: every initiative saves in one of them. */
export const COST_CATEGORIES = ['PERSONNEL', 'TECHNOLOGY', 'PROCESSES', 'OVERHEAD'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/**
 * Why a ratio has no value: nothing invested (no ROI), no saving (never pays back), not started, or nothing spent yet
 * (an actual payback is not yet known: a saving booked before any spend does not repay anything in "0 months").
 */
export type EconomicsGap = 'NO_INVESTMENT' | 'NO_SAVING' | 'NOT_STARTED' | 'NO_SPEND_YET';

export interface EconomicsFigure {
  value: number | null;
  reason: EconomicsGap | null;
}

export interface InitiativeEconomics {
  roi: EconomicsFigure;
  paybackMonths: EconomicsFigure;
}

/** An average calendar month in days: elapsed time is measured in these, so a February counts like any month. */
export const DAYS_PER_MONTH = 365.25 / 12;
const DAY_MS = 86_400_000;

const known = (value: number): EconomicsFigure => ({ value, reason: null });
const gap = (reason: EconomicsGap): EconomicsFigure => ({ value: null, reason });

function figures(investment: number, annualSaving: number): InitiativeEconomics {
  return {
    roi: investment > 0 ? known(annualSaving / investment) : gap('NO_INVESTMENT'),
    // A saving that never comes (zero or negative) never repays anything.
    paybackMonths: annualSaving > 0 ? known(investment / (annualSaving / 12)) : gap('NO_SAVING'),
  };
}

/** The plan's ROI and payback from the planned investment and the expected annual saving. */
export function plannedEconomics(plannedInvestment: number, expectedAnnualSaving: number): InitiativeEconomics {
  return figures(plannedInvestment, expectedAnnualSaving);
}

/**
 * ROI and payback as achieved: the saving to date annualised over the months elapsed since the start, against the
 * spend to date. Payback is then the months the spend takes to repay at the saving rate achieved so far.
 */
export function actualEconomics(spentToDate: number, savedToDate: number, elapsedMonths: number): InitiativeEconomics {
  if (elapsedMonths <= 0) return { roi: gap('NOT_STARTED'), paybackMonths: gap('NOT_STARTED') };
  const result = figures(spentToDate, (savedToDate / elapsedMonths) * 12);
  // Nothing spent yet: what it will take to repay is not known, never "0 months".
  return spentToDate > 0 ? result : { ...result, paybackMonths: gap('NO_SPEND_YET') };
}

/** Months (of DAYS_PER_MONTH) from `start` to `now`; 0 before the start. */
export function elapsedMonths(start: Date, now: Date): number {
  return Math.max(0, (now.getTime() - start.getTime()) / (DAY_MS * DAYS_PER_MONTH));
}

export interface PortfolioEconomics extends InitiativeEconomics {
  totalInvestment: number;
  totalExpectedSaving: number;
}

/** The portfolio as one initiative: total planned investment against total expected annual saving. */
export function portfolioEconomics(initiatives: ReadonlyArray<{ plannedInvestment: number; expectedAnnualSaving: number }>): PortfolioEconomics {
  const totalInvestment = initiatives.reduce((sum, i) => sum + i.plannedInvestment, 0);
  const totalExpectedSaving = initiatives.reduce((sum, i) => sum + i.expectedAnnualSaving, 0);
  return { totalInvestment, totalExpectedSaving, ...figures(totalInvestment, totalExpectedSaving) };
}
