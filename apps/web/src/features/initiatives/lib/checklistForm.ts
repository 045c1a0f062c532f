import { z } from '../../../shared/forms/zod';
import type { ChecklistItemFieldsFragment, ChecklistItemInput } from '../../../gql/graphql';

/**
 * The checklist item form. Messages are i18n keys (plan.checklist.error.*). `goalStarts` gives each goal's first day
 * (YYYY-MM-DD in the organisation's zone), so a due day before it is refused beside the field before the server
 * says the same.
 */
export function checklistFormSchema(goalStarts: Readonly<Record<string, string>>) {
  return z
    .object({
      goalId: z.string().min(1, 'plan.checklist.error.goal'),
      title: z.string().trim().min(1, 'plan.checklist.error.title').max(200, 'plan.checklist.error.title'),
      ownerUserId: z.string().min(1, 'plan.checklist.error.owner'),
      dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'plan.checklist.error.date'),
      metricKey: z.string(),
      target: z.number().or(z.nan()),
    })
    .superRefine((values, ctx) => {
      const start = goalStarts[values.goalId];
      if (start && /^\d{4}-\d{2}-\d{2}$/.test(values.dueDate) && values.dueDate < start) {
        ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'plan.checklist.error.beforeGoal' });
      }
      if (values.metricKey !== '' && !Number.isFinite(values.target)) {
        ctx.addIssue({ code: 'custom', path: ['target'], message: 'plan.checklist.error.target' });
      }
    });
}

export type ChecklistFormValues = z.infer<ReturnType<typeof checklistFormSchema>>;

export function checklistFormValues(item: ChecklistItemFieldsFragment | null, defaults: { goalId: string; dueDate: string }): ChecklistFormValues {
  if (!item) return { goalId: defaults.goalId, title: '', ownerUserId: '', dueDate: defaults.dueDate, metricKey: '', target: Number.NaN };
  return {
    goalId: item.goalId, title: item.title, ownerUserId: item.owner?.id ?? '', dueDate: item.dueDate, metricKey: item.metricKey ?? '',
    target: item.target ?? Number.NaN,
  };
}

export function toChecklistItemInput(values: ChecklistFormValues): ChecklistItemInput {
  return {
    goalId: values.goalId, title: values.title.trim(), ownerUserId: values.ownerUserId, dueDate: values.dueDate,
    metricKey: values.metricKey || null, target: Number.isFinite(values.target) ? values.target : null,
  };
}
