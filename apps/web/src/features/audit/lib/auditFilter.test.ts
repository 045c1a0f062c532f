import { describe, expect, it } from 'vitest';
import { auditFilterSchema, NO_FILTER, toAuditFilter } from './auditFilter';

describe('the audit filter', () => {
  it('sends nothing for empty fields', () => {
    expect(toAuditFilter(NO_FILTER, 'Europe/Madrid')).toEqual({});
  });

  it('turns days into instants at midnight in the organisation zone, the last day included', () => {
    expect(toAuditFilter({ objectType: 'USER', actorId: 'a', from: '2026-03-28', to: '2026-03-29' }, 'Europe/Madrid')).toEqual({
      objectType: 'USER',
      actorId: 'a',
      from: '2026-03-27T23:00:00.000Z',
      // The day after the last, which starts in summer time.
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(toAuditFilter({ ...NO_FILTER, to: '2026-12-31' }, 'America/New_York')).toEqual({ to: '2027-01-01T05:00:00.000Z' });
  });

  it.each([
    ['an end before the start', { ...NO_FILTER, from: '2026-03-02', to: '2026-03-01' }, ['to', 'admin.audit.toBeforeFrom']],
    ['a malformed day', { ...NO_FILTER, from: '3/1/2026' }, ['from', 'admin.audit.badDate']],
  ])('refuses %s beside its field', (_name, form, [field, message]) => {
    const result = auditFilterSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([field, message]);
  });
});
