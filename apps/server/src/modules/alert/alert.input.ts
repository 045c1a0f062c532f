import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AlertRuleKind, AlertSide, Granularity } from '@opshub/metrics';
import { GranularityEnum } from '../../common/enums';
import { DimensionFilterInput } from '../../common/range.input';
import { AlertRuleKindEnum, AlertSideEnum } from './alert.type';

@InputType()
export class AlertRuleParamsInput {
  @Field(() => Float, { nullable: true, description: "THRESHOLD: the limit in the metric's unit." }) threshold?: number | null;
  @Field(() => AlertSideEnum, { nullable: true, description: 'THRESHOLD (default ABOVE) and CHANGE (default EITHER).' }) side?: AlertSide | null;
  @Field(() => Float, { nullable: true, description: "TARGET_BAND: half-width as a fraction of the target (default: the target's tolerance)." }) band?: number | null;
  @Field(() => Float, { nullable: true, description: 'CHANGE: relative change that fires, as a fraction (0.2 = 20 %).' }) changeRatio?: number | null;
  @Field(() => Float, { nullable: true, description: 'ANOMALY: forecast band confidence (default 0.95).' }) confidence?: number | null;
  @Field(() => Int, { nullable: true, description: 'SLA_BREACH: breaches in the bucket that fire (default 1).' }) minBreaches?: number | null;
  @Field(() => Int, { nullable: true, description: 'SYNC_FAILURE: failed syncs in a row that fire (default 3).' }) minFailures?: number | null;
  @Field(() => Float, { nullable: true, description: 'How far back inside the limit counts as clear, as a fraction of its scale (default 0.05).' }) hysteresis?: number | null;
  @Field(() => Int, { nullable: true, description: 'Consecutive clear evaluations before the rule clears (default 2).' }) clearAfter?: number | null;
}

@InputType()
export class AlertRuleInput {
  @Field() name: string;
  @Field() metricKey: string;
  @Field(() => [DimensionFilterInput], { nullable: true }) filter?: DimensionFilterInput[] | null;
  @Field(() => AlertRuleKindEnum) kind: AlertRuleKind;
  @Field(() => AlertRuleParamsInput, { nullable: true }) params?: AlertRuleParamsInput | null;
  @Field(() => GranularityEnum, { nullable: true, description: 'The bucket evaluated (default DAY).' }) granularity?: Granularity | null;
  @Field(() => String, { nullable: true, description: "Defaults to the metric's owner.", deprecationReason: 'Use ownerUserId: the owner is a user.' }) owner?: string | null;
  @Field(() => ID, { nullable: true, description: "The user who owns the rule and its alerts (one who reads the metric's details); takes precedence over owner." }) ownerUserId?: string | null;
  @Field(() => [ID], { nullable: true, description: "Notification channels its alerts go to: ADMIN channels or channels of the metric's department." }) channelIds?: string[] | null;
}
