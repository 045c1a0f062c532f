import { describe, expect, it } from 'vitest';
import { csvFilename, dimensionColumns, observationsToCsv, type ObservationRow } from './observationsCsv';

const row = (over: Partial<ObservationRow>): ObservationRow => ({
  id: '1',
  metricKey: 'sales.revenue',
  at: '2026-01-05T10:00:00.000Z',
  value: 1200.5,
  dimensions: {},
  source: 'crm',
  updatedAt: '2026-01-05T10:01:00.000Z',
  ...over,
});

describe('observations CSV', () => {
  it('has one column per dimension present in the rows', () => {
    expect(dimensionColumns([row({ dimensions: { region: 'EMEA' } }), row({ dimensions: { plan: 'Pro', region: 'NA' } })])).toEqual([
      'plan',
      'region',
    ]);
  });

  it('exports exactly the rows given, escaped', () => {
    const csv = observationsToCsv([
      row({ id: 'a', dimensions: { region: 'EMEA', account: 'Acme, Inc.' } }),
      row({ id: 'b', value: -3, dimensions: { region: 'Quote "Q"' }, source: null }),
      row({ id: 'c', value: 0, dimensions: { region: '=HYPERLINK("x")', nested: { a: 1 } } }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(5); // header + 3 rows + trailing empty
    expect(lines[0]).toBe('id,metric_key,at,value,account,nested,region,source,updated_at');
    expect(lines[1]).toBe('a,sales.revenue,2026-01-05T10:00:00.000Z,1200.5,"Acme, Inc.",,EMEA,crm,2026-01-05T10:01:00.000Z');
    expect(lines[2]).toBe('b,sales.revenue,2026-01-05T10:00:00.000Z,-3,,,"Quote ""Q""",,2026-01-05T10:01:00.000Z');
    expect(lines[3]).toBe(`c,sales.revenue,2026-01-05T10:00:00.000Z,0,,"{""a"":1}","'=HYPERLINK(""x"")",crm,2026-01-05T10:01:00.000Z`);
    expect(lines[4]).toBe('');
  });

  it('builds a safe file name', () => {
    expect(csvFilename('sales.revenue', new Date('2026-02-03T12:00:00Z'))).toBe('sales.revenue-observations-2026-02-03.csv');
    expect(csvFilename('a/b c', new Date('2026-02-03T12:00:00Z'))).toBe('a_b_c-observations-2026-02-03.csv');
  });
});
