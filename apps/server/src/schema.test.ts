import { readFileSync } from 'node:fs';
import { printContract, SCHEMA_FILE } from './schema-file';

describe('schema.graphql', () => {
  it('is the printed schema of the server (run `npm run schema:print -w @opshub/server` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printContract());
  });

  it.each([
    'metrics(department: Department): [Metric!]!',
    'metric(key: ID!): Metric',
    'recordObservations(input: [ObservationInput!]!, options: RecordObservationsOptions): RecordObservationsResult!',
    // `filter` (dashboard filters) is optional: subscriptions written before it are unchanged.
    'kpiUpdated(compare: Comparison! = PREVIOUS_PERIOD, dashboard: ID, filter: [DimensionFilterInput!], keys: [ID!], range: RangeInput): Kpi!',
  ])('keeps the contract field %s', async (field) => {
    expect(await printContract()).toContain(field);
  });
});
