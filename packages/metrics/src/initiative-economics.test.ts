import { actualEconomics, elapsedMonths, plannedEconomics, portfolioEconomics } from './initiative-economics';

describe('plannedEconomics', () => {
  // Seed 004's four initiatives: ROI = saving / investment, payback = investment / (saving / 12).
  it.each<[string, number, number, number, number]>([
    ['automation', 200_000, 500_000, 2.5, 4.8],
    ['processes', 100_000, 300_000, 3, 4],
    ['technology', 150_000, 400_000, 400 / 150, 4.5],
    ['training', 50_000, 200_000, 4, 3],
  ])('%s: $%d for $%d a year', (_name, investment, saving, roi, payback) => {
    const result = plannedEconomics(investment, saving);
    expect(result.roi.value).toBeCloseTo(roi, 10);
    expect(result.paybackMonths.value).toBeCloseTo(payback, 10);
    expect(result.roi.reason).toBeNull();
    expect(result.paybackMonths.reason).toBeNull();
  });

  it('never pays back without a saving, and says so instead of a huge number', () => {
    expect(plannedEconomics(100_000, 0)).toEqual({ roi: { value: 0, reason: null }, paybackMonths: { value: null, reason: 'NO_SAVING' } });
    expect(plannedEconomics(100_000, -5_000).paybackMonths).toEqual({ value: null, reason: 'NO_SAVING' });
  });

  it('has no ROI without an investment, and pays back at once', () => {
    expect(plannedEconomics(0, 120_000)).toEqual({ roi: { value: null, reason: 'NO_INVESTMENT' }, paybackMonths: { value: 0, reason: null } });
  });
});

describe('actualEconomics', () => {
  it.each<[string, number, number, number, number | null, number | null]>([
    // $90K spent, $60K saved in 3 months: $240K a year → ROI 240/90, payback 90 / 20 = 4.5 months.
    ['saving on plan', 90_000, 60_000, 3, 240 / 90, 4.5],
    // $200K spent, $250K saved in 6 months: $500K a year → 2.5, 200 / (250/6) = 4.8 months (already repaid).
    ['already repaid', 200_000, 250_000, 6, 2.5, 4.8],
    // Half a month, $5K saved on $50K: $120K a year → 2.4, 50 / 10 = 5 months.
    ['half a month', 50_000, 5_000, 0.5, 2.4, 5],
  ])('%s', (_case, spent, saved, months, roi, payback) => {
    const result = actualEconomics(spent, saved, months);
    expect(result.roi.value).toBeCloseTo(roi!, 10);
    expect(result.paybackMonths.value).toBeCloseTo(payback!, 10);
  });

  it('never pays back while nothing is saved', () => {
    expect(actualEconomics(80_000, 0, 4)).toEqual({ roi: { value: 0, reason: null }, paybackMonths: { value: null, reason: 'NO_SAVING' } });
  });

  // Spend to date, saving to date, months elapsed → payback: with nothing spent yet it is not known, never 0 months.
  it.each<[string, number, number, number, { value: number | null; reason: string | null }]>([
    ['saving but nothing spent yet (spend booked before the window)', 0, 10_000, 2, { value: null, reason: 'NO_SPEND_YET' }],
    ['nothing spent, nothing saved', 0, 0, 2, { value: null, reason: 'NO_SPEND_YET' }],
    ['a negative correction leaves nothing spent', -500, 10_000, 2, { value: null, reason: 'NO_SPEND_YET' }],
    // $1,000 spent, $10,000 saved in 2 months: $60K a year, $5K a month → 0.2 months.
    ['a little spent', 1_000, 10_000, 2, { value: 0.2, reason: null }],
  ])('payback: %s', (_case, spent, saved, months, payback) => {
    const result = actualEconomics(spent, saved, months).paybackMonths;
    expect(result.reason).toBe(payback.reason);
    if (payback.value === null) expect(result.value).toBeNull();
    else expect(result.value).toBeCloseTo(payback.value, 10);
  });

  it('has no ROI while nothing is spent', () => {
    expect(actualEconomics(0, 10_000, 2).roi).toEqual({ value: null, reason: 'NO_INVESTMENT' });
  });

  it('has neither before the start', () => {
    expect(actualEconomics(10_000, 0, 0)).toEqual({ roi: { value: null, reason: 'NOT_STARTED' }, paybackMonths: { value: null, reason: 'NOT_STARTED' } });
  });
});

describe('elapsedMonths', () => {
  it('counts average months (365.25 / 12 days), never negative', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    // 365.25 days later is exactly twelve months.
    expect(elapsedMonths(start, new Date(start.getTime() + 365.25 * 86_400_000))).toBeCloseTo(12, 10);
    expect(elapsedMonths(start, new Date('2025-12-01T00:00:00Z'))).toBe(0);
  });
});

describe('portfolioEconomics', () => {
  it("sums seed 004's portfolio: $500K for $1.4M a year, ROI 280 %, payback 500 / (1400 / 12) months", () => {
    const result = portfolioEconomics([
      { plannedInvestment: 200_000, expectedAnnualSaving: 500_000 },
      { plannedInvestment: 100_000, expectedAnnualSaving: 300_000 },
      { plannedInvestment: 150_000, expectedAnnualSaving: 400_000 },
      { plannedInvestment: 50_000, expectedAnnualSaving: 200_000 },
    ]);
    expect(result.totalInvestment).toBe(500_000);
    expect(result.totalExpectedSaving).toBe(1_400_000);
    expect(result.roi.value).toBeCloseTo(2.8, 10);
    expect(result.paybackMonths.value).toBeCloseTo(30 / 7, 10);
  });

  it('is empty without initiatives', () => {
    expect(portfolioEconomics([])).toEqual({
      totalInvestment: 0, totalExpectedSaving: 0, roi: { value: null, reason: 'NO_INVESTMENT' }, paybackMonths: { value: null, reason: 'NO_SAVING' },
    });
  });
});
