import { describe, expect, it } from 'vitest';
import { ruleFormSchema, toFormValues, toRuleInput, type RuleFormValues } from './ruleForm';

const base: RuleFormValues = { ...toFormValues(null, 'sales.bookings'), name: 'High bookings', threshold: '100' };

describe('rule form', () => {
  it.each<[string, Partial<RuleFormValues>, string | null, string | null]>([
    ['a threshold rule', {}, null, null],
    ['a threshold without a limit', { threshold: '' }, 'threshold', 'form.required'],
    ['a threshold crossed either way', { side: 'EITHER' }, 'side', 'rules.error.side'],
    ['a change of 0 %', { kind: 'CHANGE', changePercent: '0' }, 'changePercent', 'rules.error.positive'],
    ['a change of 20 %', { kind: 'CHANGE', changePercent: '20', side: 'EITHER' }, null, null],
    ['text for a number', { threshold: 'ten' }, 'threshold', 'rules.error.number'],
    ['no name', { name: '  ' }, 'name', 'form.required'],
  ])('%s', (_name, change, path, message) => {
    const result = ruleFormSchema.safeParse({ ...base, ...change });
    if (path === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it('sends only the parameters of the kind, percentages as fractions', () => {
    expect(toRuleInput({ ...base, kind: 'CHANGE', changePercent: '25', side: 'BELOW', ownerUserId: 'u1', channelIds: ['c1'] })).toEqual({
      name: 'High bookings', metricKey: 'sales.bookings', kind: 'CHANGE', params: { changeRatio: 0.25, side: 'BELOW' }, granularity: 'DAY',
      ownerUserId: 'u1', channelIds: ['c1'],
    });
    expect(toRuleInput(base).params).toEqual({ threshold: 100, side: 'ABOVE' });
    expect(toRuleInput({ ...base, ownerUserId: '' }).ownerUserId).toBeNull();
  });

  it('reads a saved rule back into the same values', () => {
    const values = { ...base, kind: 'CHANGE' as const, changePercent: '12.5', side: 'ABOVE' as const, threshold: '' };
    const input = toRuleInput(values);
    const saved = {
      __typename: 'AlertRule' as const, id: 'r1', name: input.name, metricKey: input.metricKey, metricName: 'Bookings', kind: input.kind, granularity: input.granularity!,
      owner: null, ownerUserId: null, channelIds: [], active: true, firing: false,
      params: { __typename: 'AlertRuleParams' as const, threshold: null, side: 'ABOVE' as const, band: null, changeRatio: 0.125, clearAfter: null },
    };
    expect(toFormValues(saved, 'x')).toEqual(values);
  });
});
