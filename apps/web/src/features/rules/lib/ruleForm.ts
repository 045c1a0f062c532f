import { z } from '../../../shared/forms/zod';
import type { AlertRuleFieldsFragment, AlertRuleInput, AlertRuleKind, AlertSide, Granularity } from '../../../gql/graphql';

export const RULE_KINDS = ['THRESHOLD', 'CHANGE', 'TARGET_BAND', 'ANOMALY', 'FRESHNESS', 'SYNC_FAILURE'] as const satisfies readonly AlertRuleKind[];
export const RULE_GRANULARITIES = ['HOUR', 'DAY', 'WEEK', 'MONTH'] as const satisfies readonly Granularity[];

/** An optional number typed in a text box: empty is "not given". */
const optionalNumber = z
  .string()
  .trim()
  .refine((s) => s === '' || Number.isFinite(Number(s)), { message: 'rules.error.number' });

/**
 * The rule form's values and what the client can check before the server does; messages are i18n keys. The
 * server checks the same again (and more: owner, channels) and its errors land on the fields they name.
 */
export const ruleFormSchema = z
  .object({
    metricKey: z.string().trim().min(1, 'form.required'),
    name: z.string().trim().min(1, 'form.required').max(200, 'rules.error.tooLong'),
    kind: z.enum(RULE_KINDS),
    threshold: optionalNumber,
    side: z.enum(['ABOVE', 'BELOW', 'EITHER']),
    changePercent: optionalNumber,
    bandPercent: optionalNumber,
    granularity: z.enum(RULE_GRANULARITIES),
    ownerUserId: z.string(),
    channelIds: z.array(z.string()),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'THRESHOLD' && v.threshold === '') ctx.addIssue({ code: 'custom', path: ['threshold'], message: 'form.required' });
    if (v.kind === 'THRESHOLD' && v.side === 'EITHER') ctx.addIssue({ code: 'custom', path: ['side'], message: 'rules.error.side' });
    if (v.kind === 'CHANGE' && !(Number(v.changePercent) > 0)) ctx.addIssue({ code: 'custom', path: ['changePercent'], message: 'rules.error.positive' });
    if (v.kind === 'TARGET_BAND' && v.bandPercent !== '' && !(Number(v.bandPercent) > 0)) ctx.addIssue({ code: 'custom', path: ['bandPercent'], message: 'rules.error.positive' });
  });

export type RuleFormValues = z.infer<typeof ruleFormSchema>;

/** The fields the server names (input.params.threshold…, as serverFieldErrors gives them) mapped to the form's. */
export const SERVER_FIELDS: Readonly<Record<string, keyof RuleFormValues>> = {
  metricKey: 'metricKey',
  name: 'name',
  kind: 'kind',
  'params.threshold': 'threshold',
  'params.side': 'side',
  'params.changeRatio': 'changePercent',
  'params.band': 'bandPercent',
  granularity: 'granularity',
  ownerUserId: 'ownerUserId',
  channelIds: 'channelIds',
};

const number = (s: string) => (s.trim() === '' ? null : Number(s));
const percent = (s: string) => (s.trim() === '' ? null : Number(s) / 100);

/** The form's values as the API's rule input: only the parameters the kind reads. */
export function toRuleInput(v: RuleFormValues): AlertRuleInput {
  const params =
    v.kind === 'THRESHOLD' ? { threshold: number(v.threshold), side: v.side as AlertSide }
    : v.kind === 'CHANGE' ? { changeRatio: percent(v.changePercent), side: v.side as AlertSide }
    : v.kind === 'TARGET_BAND' ? { band: percent(v.bandPercent) }
    : {};
  return {
    name: v.name.trim(), metricKey: v.metricKey.trim(), kind: v.kind, params, granularity: v.granularity,
    ownerUserId: v.ownerUserId || null, channelIds: v.channelIds,
  };
}

const text = (n: number | null | undefined, scale = 1) => (n == null ? '' : String(Math.round(n * scale * 1e6) / 1e6));

/** A saved rule (or a new one of a metric) as the form's values. */
export function toFormValues(rule: AlertRuleFieldsFragment | null, metricKey: string): RuleFormValues {
  const kind = (RULE_KINDS as readonly string[]).includes(rule?.kind ?? '') ? (rule!.kind as RuleFormValues['kind']) : 'THRESHOLD';
  const granularity = (RULE_GRANULARITIES as readonly string[]).includes(rule?.granularity ?? '') ? (rule!.granularity as RuleFormValues['granularity']) : 'DAY';
  return {
    metricKey: rule?.metricKey ?? metricKey,
    name: rule?.name ?? '',
    kind,
    threshold: text(rule?.params.threshold),
    side: rule?.params.side ?? (kind === 'CHANGE' ? 'EITHER' : 'ABOVE'),
    changePercent: text(rule?.params.changeRatio, 100),
    bandPercent: text(rule?.params.band, 100),
    granularity,
    ownerUserId: rule?.ownerUserId ?? '',
    channelIds: rule?.channelIds ?? [],
  };
}
