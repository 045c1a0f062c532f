import { describe, expect, it } from 'vitest';
import type { Aggregation } from '@opshub/metrics';
import { createTranslator } from '../../../shared/i18n/dictionaries';
import { aggregationLabel, formFromMetric, metricSchema, type MetricForm } from './metricForm';

const en = createTranslator('en');
const known = new Set(['cs.ticket_response_hours_total', 'cs.tickets_answered']);
const form = (changes: Partial<MetricForm>): MetricForm => ({ ...formFromMetric(null), key: 'cs.first_answer', name: 'First answer', ...changes });

function aggregationErrors(changes: Partial<MetricForm>): string[] {
  const result = metricSchema(en, known, true).safeParse(form(changes));
  return result.success ? [] : result.error.issues.filter((issue) => issue.path.join('.') === 'aggregation').map((issue) => issue.message);
}

describe('metric form: percentile aggregations', () => {
  const REFUSED = "A percentile is taken over a base metric's own observations; a derived metric (with a formula) cannot use it.";
  it.each<[string, Partial<MetricForm>, string[]]>([
    ['a base metric may be a median', { aggregation: 'P50' }, []],
    ['a base metric may be a p90', { aggregation: 'P90' }, []],
    ['a derived metric may not be a percentile', { aggregation: 'P90', derived: true, formula: 'cs.ticket_response_hours_total / cs.tickets_answered' }, [REFUSED]],
    ['not even before its formula is typed', { aggregation: 'P50', derived: true, formula: '' }, [REFUSED]],
    ['a derived metric may be an average', { aggregation: 'AVG', derived: true, formula: 'cs.ticket_response_hours_total / cs.tickets_answered' }, []],
  ])('%s', (_, changes, errors) => {
    expect(aggregationErrors(changes)).toEqual(errors);
  });

  it.each<[Aggregation, string, string]>([
    ['P50', 'Median (P50)', 'Mediana (P50)'],
    ['P90', '90th percentile (P90)', 'Percentil 90 (P90)'],
    ['AVG', 'Average', 'Media'],
  ])('labels %s in English and Spanish', (aggregation, english, spanish) => {
    expect(aggregationLabel(aggregation, en)).toBe(english);
    expect(aggregationLabel(aggregation, createTranslator('es'))).toBe(spanish);
  });
});
