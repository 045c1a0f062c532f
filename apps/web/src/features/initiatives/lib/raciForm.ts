import { z } from '../../../shared/forms/zod';
import { RACI_DEFINITIONS } from '@opshub/metrics';
import type { MessageKey, Translate } from '../../../shared/i18n';

/** Messages are i18n keys (plan.raci.error.*). */
export const raciFormSchema = z
  .object({
    responsibleUserId: z.string().min(1, 'plan.raci.error.responsible'),
    accountableUserId: z.string().min(1, 'plan.raci.error.accountable'),
    consultedUserIds: z.array(z.string()),
    informedUserIds: z.array(z.string()),
  })
  .superRefine((values, ctx) => {
    if (values.consultedUserIds.some((id) => values.informedUserIds.includes(id))) {
      ctx.addIssue({ code: 'custom', path: ['consultedUserIds'], message: 'plan.raci.error.both' });
    }
  });

export type RaciFormValues = z.infer<typeof raciFormSchema>;

/** A step's label: the app's words for the steps it knows, the step key as text otherwise. */
export function raciStepLabel(t: Translate, step: string): string {
  return RACI_DEFINITIONS.some((definition) => definition.steps.includes(step)) ? t(`plan.raci.step.${step}` as MessageKey) : step;
}
