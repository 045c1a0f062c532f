import { z } from '../../../shared/forms/zod';
import type { ReviewActionItemInput } from '../../../gql/graphql';

/** Messages are i18n keys (review.error.*), shown through t() beside their field. */
export const actionItemFormSchema = z.object({
  metricKey: z.string().min(1, 'review.error.metric'),
  ownerUserId: z.string().min(1, 'review.error.owner'),
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'review.error.dueDate'),
  text: z.string().trim().min(1, 'review.error.text').max(500, 'review.error.textLength'),
});

export type ActionItemFormValues = z.infer<typeof actionItemFormSchema>;

export function toActionItemInput(reviewId: string, values: ActionItemFormValues): ReviewActionItemInput {
  return { reviewId, ...values, text: values.text.trim() };
}
