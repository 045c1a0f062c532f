import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Period } from '../kpi/kpi.type';
import type { LeadStatus } from '@opshub/metrics';
import { LeadStatusEnum } from './lead.type';

@ObjectType({ description: 'Leads that reached a status in the period.' })
export class FunnelStage {
  @Field(() => LeadStatusEnum) status: LeadStatus;
  @Field(() => Int) entered: number;
  @Field(() => Float, { nullable: true, description: 'entered ÷ entered of the previous stage of NEW → MQL → SQL → OPPORTUNITY → WON (sum/sum, like the KPIs); null off that path.' })
  conversion: number | null;
  @Field(() => Float, { nullable: true, description: 'Median hours spent in this status by the leads that left it in the period.' })
  medianHoursInStage: number | null;
}

@ObjectType({ description: 'Hours from lead creation to first contact, over the first contacts of the period.' })
export class ResponseTime {
  @Field(() => Int) contacted: number;
  @Field(() => Float, { nullable: true, description: 'sales.lead_response_time over the same period.' }) meanHours: number | null;
  @Field(() => Float, { nullable: true }) medianHours: number | null;
  @Field(() => Float, { nullable: true, description: 'Continuous 90th percentile (linear interpolation, as percentile_cont).' }) p90Hours: number | null;
}

@ObjectType()
export class FunnelGroup {
  @Field(() => String, { nullable: true, description: 'The groupBy value; null for the total and for events without it (an unassigned lead).' })
  key: string | null;
  @Field(() => [FunnelStage], { description: 'Every status, in lifecycle order.' }) stages: FunnelStage[];
  @Field(() => ResponseTime) responseTime: ResponseTime;
  @Field(() => Float, { nullable: true, description: 'WON ÷ (WON + LOST) in the period.' }) winRate: number | null;
}

@ObjectType({ description: "The shared lead funnel over a period, from the leads' events; counts are flows (what happened in the period)." })
export class Funnel {
  @Field(() => Period) period: Period;
  @Field(() => String, { nullable: true }) groupBy: string | null;
  @Field(() => FunnelGroup) total: FunnelGroup;
  @Field(() => [FunnelGroup], { description: 'One per groupBy value, most leads first; empty without groupBy.' }) groups: FunnelGroup[];
}
