import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';

export interface MetricFixture {
  key?: string;
  name?: string;
  department?: string;
  unit?: { kind: string; currency?: string; scaleMin?: number; scaleMax?: number };
  direction?: string;
  aggregation?: string;
  formula?: string | null;
  /** Departments it is shared with besides its own. */
  sharedWith?: string[];
}

/** A unique metric key per call, so tests never collide with the seeded catalog or each other. */
export function uniqueKey(prefix = 'test'): string {
  return `${prefix}.m_${randomBytes(4).toString('hex')}`;
}

export async function createMetric(app: Pick<TestApp, 'gql'>, fixture: MetricFixture = {}): Promise<string> {
  const key = fixture.key ?? uniqueKey();
  const response = await app.gql(
    `mutation ($input: MetricInput!) { createMetric(input: $input) { key } }`,
    {
      input: {
        key,
        name: fixture.name ?? key,
        department: fixture.department ?? 'SALES',
        unit: fixture.unit ?? { kind: 'COUNT' },
        direction: fixture.direction ?? 'HIGHER_IS_BETTER',
        aggregation: fixture.aggregation ?? 'SUM',
        formula: fixture.formula ?? null,
        sharedWith: fixture.sharedWith ?? null,
      },
    },
  );
  if (response.errors) throw new Error(`createMetric ${key}: ${JSON.stringify(response.errors)}`);
  return key;
}

/** One metric of each kind the roll-up rules tell apart: a flow (SUM), a stock (LAST) and a ratio of two flows. */
export async function createMetricKinds(app: Pick<TestApp, 'gql'>): Promise<{ leads: string; arr: string; won: string; closed: string; winRate: string }> {
  const leads = await createMetric(app, { aggregation: 'SUM' });
  const arr = await createMetric(app, { aggregation: 'LAST', unit: { kind: 'CURRENCY', currency: 'USD' } });
  const won = await createMetric(app);
  const closed = await createMetric(app);
  const winRate = await createMetric(app, { unit: { kind: 'PERCENT' }, formula: `${won} / ${closed}` });
  return { leads, arr, won, closed, winRate };
}

export interface PointFixture {
  metricKey: string;
  value: number;
  at: string;
  dimensions?: Record<string, string>;
}

export async function record(app: Pick<TestApp, 'gql'>, input: PointFixture[]): Promise<number> {
  const response = await app.gql(
    `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`,
    { input },
  );
  if (response.errors) throw new Error(`recordObservations: ${JSON.stringify(response.errors)}`);
  return response.data.recordObservations.written;
}

export const KPI_FIELDS = `
  metric { key }
  period { from to }
  comparisonPeriod { from to }
  value comparisonValue change changeRatio attainment status
  target { kind value }
  trend { at value }
  trendGranularity
  lastUpdatedAt
`;
