import { z } from '../../../shared/forms/zod';
import { COST_CATEGORIES, DEPARTMENTS } from '@opshub/metrics';
import type { InitiativeFieldsFragment, InitiativeInput } from '../../../gql/graphql';

/** Messages are i18n keys (plan.error.*), shown through t() beside their field. */
const money = z.number({ error: 'plan.error.amount' }).refine((value) => Number.isFinite(value) && value >= 0, 'plan.error.amount');

export const initiativeFormSchema = z.object({
  name: z.string().trim().min(1, 'plan.error.name').max(200, 'plan.error.name'),
  department: z.enum(DEPARTMENTS, { error: 'plan.error.department' }),
  ownerUserId: z.string().min(1, 'plan.error.owner'),
  costCategory: z.enum(COST_CATEGORIES, { error: 'plan.error.costCategory' }),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'plan.error.date'),
  plannedInvestment: money,
  expectedAnnualSaving: money,
  metricKeys: z.array(z.string()),
});

export type InitiativeFormValues = z.infer<typeof initiativeFormSchema>;

export function initiativeFormValues(initiative: InitiativeFieldsFragment | null, today: string): InitiativeFormValues {
  if (!initiative) {
    return { name: '', department: 'OPERATIONS', ownerUserId: '', costCategory: 'PROCESSES', startDate: today, plannedInvestment: 0, expectedAnnualSaving: 0, metricKeys: [] };
  }
  return {
    name: initiative.name, department: initiative.department, ownerUserId: initiative.owner?.id ?? '', costCategory: initiative.costCategory,
    startDate: initiative.startDate, plannedInvestment: initiative.plannedInvestment, expectedAnnualSaving: initiative.expectedAnnualSaving,
    metricKeys: [...initiative.metricKeys],
  };
}

export function toInitiativeInput(values: InitiativeFormValues): InitiativeInput {
  return { ...values, name: values.name.trim() };
}
