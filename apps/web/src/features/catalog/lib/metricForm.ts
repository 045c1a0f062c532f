import { z } from '../../../shared/forms/zod';
import {
  AGGREGATIONS, aggregationProblem, checkExpectedInterval, isPercentile, type Aggregation, DEPARTMENTS, DIRECTIONS, FormulaError, REVIEW_CADENCES, UNIT_KINDS, formulaInputs, parseFormula,
} from '@opshub/metrics';
import type { CatalogMetricFieldsFragment, MetricInput, MetricUpdateInput } from '../../../gql/graphql';
import type { Translate } from '../../../shared/i18n';

/** The label of an aggregation (the percentiles' labels came with them, under their own keys). */
export function aggregationLabel(aggregation: Aggregation, t: Translate): string {
  return isPercentile(aggregation) ? t(`wfpct.aggregation.${aggregation}`) : t(`catalog.aggregation.${aggregation}`);
}

const METRIC_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

/**
 * What is wrong with a formula, checked as it is typed with the parser the server uses: a syntax error, or a
 * metric it reads that the catalog does not have. null when it is fine.
 */
export function formulaProblem(formula: string, known: ReadonlySet<string>, t: Translate): string | null {
  if (!formula.trim()) return t('form.required');
  try {
    parseFormula(formula);
  } catch (error) {
    if (error instanceof FormulaError) return t('catalog.error.formula', { detail: error.message });
    throw error;
  }
  const unknown = formulaInputs(formula).filter((key) => !known.has(key));
  return unknown.length > 0 ? t('catalog.error.unknownMetrics', { keys: unknown.join(', ') }) : null;
}

export function metricSchema(t: Translate, known: ReadonlySet<string>, creating: boolean) {
  return z
    .object({
      key: z.string().trim(),
      name: z.string().trim().min(1, t('form.required')),
      nameEs: z.string(),
      description: z.string(),
      descriptionEs: z.string(),
      department: z.enum(DEPARTMENTS),
      /** Departments it is shared with besides its own (the owner, if ticked before a move, is dropped on save). */
      sharedWith: z.array(z.enum(DEPARTMENTS)),
      unit: z.object({ kind: z.enum(UNIT_KINDS), currency: z.string().trim() }),
      direction: z.enum(DIRECTIONS),
      aggregation: z.enum(AGGREGATIONS),
      ownerUserId: z.string(),
      reviewCadence: z.union([z.enum(REVIEW_CADENCES), z.literal('')]),
      /** Minutes as typed; empty: no expectation (a SQL source's schedule may give one). */
      expectedIntervalMinutes: z.string().trim(),
      derived: z.boolean(),
      formula: z.string(),
    })
    .superRefine((form, ctx) => {
      if (creating && !METRIC_KEY.test(form.key)) ctx.addIssue({ code: 'custom', path: ['key'], message: t('catalog.error.key') });
      if (form.unit.kind === 'CURRENCY' && !/^[A-Z]{3}$/.test(form.unit.currency)) ctx.addIssue({ code: 'custom', path: ['unit', 'currency'], message: t('catalog.error.currency') });
      if (form.expectedIntervalMinutes !== '' && checkExpectedInterval(Number(form.expectedIntervalMinutes))) {
        ctx.addIssue({ code: 'custom', path: ['expectedIntervalMinutes'], message: t('sources.interval.invalid') });
      }
      const problem = form.derived ? formulaProblem(form.formula, known, t) : null;
      if (problem) ctx.addIssue({ code: 'custom', path: ['formula'], message: problem });
      if (aggregationProblem(form.aggregation, form.derived ? form.formula || 'formula' : null)) {
        ctx.addIssue({ code: 'custom', path: ['aggregation'], message: t('wfpct.error.percentileDerived') });
      }
    });
}

export type MetricForm = z.infer<ReturnType<typeof metricSchema>>;

export function formFromMetric(metric: CatalogMetricFieldsFragment | null): MetricForm {
  const es = metric?.translations.find((translation) => translation.locale === 'es');
  return {
    key: metric?.key ?? '',
    name: metric?.enName ?? '',
    nameEs: es?.name ?? '',
    description: metric?.enDescription ?? '',
    descriptionEs: es?.description ?? '',
    department: metric?.department ?? 'SALES',
    sharedWith: metric?.sharedWith ?? [],
    unit: { kind: metric?.unit.kind ?? 'COUNT', currency: metric?.unit.currency ?? 'USD' },
    direction: metric?.direction ?? 'HIGHER_IS_BETTER',
    aggregation: metric?.aggregation ?? 'SUM',
    ownerUserId: metric?.ownerUser?.id ?? '',
    reviewCadence: metric?.reviewCadence ?? '',
    expectedIntervalMinutes: metric?.expectedIntervalMinutes == null ? '' : String(metric.expectedIntervalMinutes),
    derived: Boolean(metric?.formula),
    formula: metric?.formula ?? '',
  };
}

function common(form: MetricForm) {
  return {
    name: form.name.trim(),
    description: form.description,
    department: form.department,
    sharedWith: form.sharedWith.filter((department) => department !== form.department),
    unit: { kind: form.unit.kind, currency: form.unit.kind === 'CURRENCY' ? form.unit.currency : null },
    direction: form.direction,
    aggregation: form.aggregation,
    ownerUserId: form.ownerUserId || null,
    reviewCadence: form.reviewCadence || null,
    expectedIntervalMinutes: form.expectedIntervalMinutes === '' ? null : Number(form.expectedIntervalMinutes),
    // Empty Spanish texts remove the translation: the English text is shown.
    translations: [{ locale: 'es', name: form.nameEs, description: form.descriptionEs }],
  };
}

export function toCreateInput(form: MetricForm): MetricInput {
  return { ...common(form), key: form.key.trim(), formula: form.derived ? form.formula : null };
}

export function toUpdateInput(form: MetricForm, metric: CatalogMetricFieldsFragment): MetricUpdateInput {
  const { unit, ...rest } = common(form);
  // The scale bounds are not edited here: keep them.
  return { ...rest, unit: { ...unit, scaleMin: metric.unit.scaleMin, scaleMax: metric.unit.scaleMax }, ...(metric.formula ? { formula: form.formula } : {}) };
}
