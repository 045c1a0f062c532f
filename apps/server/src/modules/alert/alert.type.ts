import { Arg, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ALERT_RULE_KINDS, ALERT_SIDES, type AlertRuleKind, type AlertSide, type Granularity } from '@opshub/metrics';
import { enumOf, GranularityEnum } from '../../common/enums';
import { LOCALE_ARG, notificationLocale } from '../../common/localized';
import { ALERT_STATES, type AlertState } from './alert.entity';

export const AlertRuleKindEnum = enumOf(ALERT_RULE_KINDS);
export const AlertSideEnum = enumOf(ALERT_SIDES);
export const AlertStateEnum = enumOf(ALERT_STATES);
export const ALERT_CHANGES = ['RAISED', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type AlertChange = (typeof ALERT_CHANGES)[number];
export const AlertChangeEnum = enumOf(ALERT_CHANGES);
export const AlertBacktestTransitionEnum = enumOf(['FIRED', 'CLEARED'] as const);

registerEnumType(AlertRuleKindEnum, {
  name: 'AlertRuleKind',
  description: [
    'THRESHOLD: the latest bucket crosses above (or below) a threshold.',
    'TARGET_BAND: it leaves the band around the target in force (default: the target tolerance).',
    'CHANGE: it changes by more than changeRatio against the bucket before.',
    'ANOMALY: it falls outside the one-step-ahead forecast band (Holt linear) of the buckets before it.',
    'SLA_BREACH: at least minBreaches SLA deadlines were breached in the current bucket (use marketing.sla_breaches).',
    "FRESHNESS: the metric received no data for longer than its expected interval (Metric.freshnessIntervalMinutes); clears when data arrives. Not backtested.",
    'SYNC_FAILURE: the SQL source of the metric failed minFailures syncs in a row (default 3); clears at its next successful sync. Not backtested.',
  ].join(' '),
});
registerEnumType(AlertSideEnum, { name: 'AlertSide' });
registerEnumType(AlertStateEnum, { name: 'AlertState', description: 'OPEN → ACKNOWLEDGED → RESOLVED; a rule whose condition clears resolves its alert.' });
registerEnumType(AlertChangeEnum, { name: 'AlertChange' });
registerEnumType(AlertBacktestTransitionEnum, { name: 'AlertBacktestTransition' });

@ObjectType({ description: 'Rule parameters; each kind reads its own (see AlertRuleKind).' })
export class AlertRuleParams {
  @Field(() => Float, { nullable: true }) threshold?: number | null;
  @Field(() => AlertSideEnum, { nullable: true }) side?: AlertSide | null;
  @Field(() => Float, { nullable: true }) band?: number | null;
  @Field(() => Float, { nullable: true }) changeRatio?: number | null;
  @Field(() => Float, { nullable: true }) confidence?: number | null;
  @Field(() => Int, { nullable: true }) minBreaches?: number | null;
  @Field(() => Int, { nullable: true }) minFailures?: number | null;
  @Field(() => Float, { nullable: true }) hysteresis?: number | null;
  @Field(() => Int, { nullable: true }) clearAfter?: number | null;
}

@ObjectType()
export class AlertFilter {
  @Field() dimension: string;
  @Field(() => [String]) values: string[];
}

@ObjectType({ description: 'An alert rule as data, evaluated when data for its metric arrives.' })
export class AlertRule {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) metricKey: string;
  @Field(() => [AlertFilter]) filter: AlertFilter[];
  @Field(() => AlertRuleKindEnum) kind: AlertRuleKind;
  @Field(() => AlertRuleParams) params: AlertRuleParams;
  @Field(() => GranularityEnum) granularity: Granularity;
  @Field(() => String, { nullable: true, description: "Who gets its alerts; the metric's owner when null." }) owner: string | null;
  @Field(() => ID, { nullable: true, description: 'The user who owns it, when a user was picked.' }) ownerUserId: string | null;
  @Field(() => [ID], { description: 'The notification channels its alerts go to.' }) channelIds: string[];
  @Field() active: boolean;
  @Field({ description: 'The condition holds (fired and not cleared yet).' }) firing: boolean;
  @Field(() => Date, { nullable: true }) lastEvaluatedAt: Date | null;
}

@ObjectType({ description: 'A user who may own an alert rule of a metric.' })
export class RuleOwnerCandidate {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
}

@ObjectType({ description: 'When a rule fired or cleared in a backtest.' })
export class AlertBacktestEvent {
  @Field(() => AlertBacktestTransitionEnum) transition: 'FIRED' | 'CLEARED';
  @Field({ description: 'The start of the bucket whose evaluation fired or cleared it.' }) at: Date;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) reference: number | null;
}

@ObjectType({ description: 'One bucket of the metric the backtest evaluated.' })
export class AlertBacktestPoint {
  @Field() at: Date;
  @Field(() => Float, { nullable: true }) value: number | null;
}

@ObjectType({ description: 'A rule replayed over past buckets of its metric, as the live evaluator would have judged them.' })
export class AlertBacktest {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => GranularityEnum) granularity: Granularity;
  @Field(() => Int, { description: 'How many times it would have fired.' }) fired: number;
  @Field({ description: 'It would still be firing now.' }) firingAtEnd: boolean;
  @Field(() => [AlertBacktestEvent]) events: AlertBacktestEvent[];
  @Field(() => [AlertBacktestPoint]) points: AlertBacktestPoint[];
}

@ObjectType({ description: 'How much of the change one dimension value accounts for.' })
export class AlertContribution {
  @Field() dimension: string;
  @Field() value: string;
  @Field(() => Float, { description: "Its part of the change, in the metric's unit." }) delta: number;
  @Field(() => Float, { description: 'delta over the total change: 0.8 is 80 %; above 1 when the other values moved the other way.' }) share: number;
  @Field(() => Float, { description: "The change of the dimension's other values together (total change − delta), in the metric's unit." }) others: number;
}

@ObjectType()
export class Alert {
  @Field(() => ID) id: string;
  @Field(() => AlertRule) rule: AlertRule;
  @Field(() => ID) metricKey: string;
  @Field(() => AlertRuleKindEnum) kind: AlertRuleKind;
  @Field(() => AlertStateEnum) state: AlertState;
  /** As stored; served through a field resolver that translates the metric owner's title. */
  owner: string | null;
  @Field(() => Float, { nullable: true, description: 'The value that fired the rule.' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'What it was compared with: threshold, target, previous bucket, forecast.' }) reference: number | null;
  @Field({ description: 'The start of the bucket that fired the rule.' }) bucketStart: Date;
  /** English, and the other languages written when it was raised. */
  defaultExplanation: string;
  explanationI18n: Record<string, string>;

  @Field(() => String, { description: 'Why it fired, and which dimension values contributed most to the change; in English for alerts raised before other languages were written.' })
  explanation(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return this.explanationI18n[notificationLocale(locale)] ?? this.defaultExplanation;
  }

  @Field(() => [AlertContribution], { description: 'The top contributor of each dimension, largest share first.' }) contributions: AlertContribution[];
  @Field() raisedAt: Date;
  @Field(() => String, { nullable: true }) acknowledgedBy: string | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => String, { nullable: true, description: '"system" when the condition cleared.' }) resolvedBy: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true, description: 'The annotation made from it when acknowledged with annotate.' }) annotationId: string | null;
}

@ObjectType({ description: 'An alert as it was raised, acknowledged or resolved.' })
export class AlertEvent {
  @Field(() => AlertChangeEnum) change: AlertChange;
  @Field(() => Alert) alert: Alert;
}
