import { describe, expect, it } from 'vitest';
import { actionItemFormSchema, toActionItemInput } from './actionItemForm';

describe('actionItemFormSchema', () => {
  const valid = { metricKey: 'sales.bookings', ownerUserId: 'u1', dueDate: '2026-04-15', text: ' Call them ' };
  it.each([
    [{ ...valid, ownerUserId: '' }, 'ownerUserId', 'review.error.owner'],
    [{ ...valid, dueDate: '' }, 'dueDate', 'review.error.dueDate'],
    [{ ...valid, text: '   ' }, 'text', 'review.error.text'],
    [{ ...valid, metricKey: '' }, 'metricKey', 'review.error.metric'],
  ] as const)('refuses %o naming %s', (values, field, message) => {
    const result = actionItemFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [field], message });
  });

  it('trims the text into the input', () => {
    expect(toActionItemInput('r1', actionItemFormSchema.parse(valid))).toEqual({ reviewId: 'r1', metricKey: 'sales.bookings', ownerUserId: 'u1', dueDate: '2026-04-15', text: 'Call them' });
  });
});
