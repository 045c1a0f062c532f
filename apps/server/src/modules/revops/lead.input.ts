import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { DimensionFilterInput, RangeInput } from '../../common/range.input';
import type { ContactKind, LeadStatus } from '@opshub/metrics';
import { ContactKindEnum, LeadStatusEnum } from './lead.type';

const AT = { nullable: true, description: 'When it happened (ISO-8601); defaults to now. Not before the lead\'s latest event, not in the future.' } as const;
const ACTOR = { nullable: true, description: 'Who acts, e.g. a rep key or a name; recorded in the journey.' } as const;

@InputType({ description: 'A new lead. Scored, routed to a rep (or the unassigned queue) and, at the MQL threshold, qualified on creation.' })
export class LeadInput {
  @Field(() => String, { nullable: true, description: "The CRM's id: a lead with an already imported externalId is never created twice." })
  externalId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) company?: string | null;
  @Field({ description: 'Source channel, e.g. paid_search.' }) channel: string;
  @Field(() => String, { nullable: true }) campaign?: string | null;
  @Field() region: string;
  @Field() segment: string;
  @Field(() => Int, { nullable: true, description: 'Employees.' }) companySize?: number | null;
  @Field(() => JSONObjectResolver, { nullable: true, description: 'Behaviour and intent signals as counts, e.g. {"pricing_page_views": 3}.' })
  signals?: Record<string, unknown> | null;
  @Field(() => Date, { nullable: true, description: 'When the lead was created (a CRM import keeps the original date); defaults to now.' })
  createdAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Assign to this rep instead of routing.' }) ownerKey?: string | null;
  @Field(() => String, ACTOR) actor?: string | null;
}

@InputType()
export class ImportLeadsOptions {
  @Field({ defaultValue: false, description: 'Import the valid leads and report the rejected ones, instead of all-or-nothing.' })
  allowPartial: boolean;
}

@InputType({ description: 'The opportunity opened by OPPORTUNITY; on WON, a final amount.' })
export class OpportunityInput {
  @Field(() => Float, { description: 'Deal value (first-year contract value), ≥ 0.' }) amount: number;
  @Field(() => String, { nullable: true, description: "ISO 4217; the organisation's currency when omitted (the only one accepted)." })
  currency?: string | null;
  @Field(() => Date, { nullable: true }) expectedCloseAt?: Date | null;
}

@InputType()
export class TransitionLeadInput {
  @Field(() => LeadStatusEnum) to: LeadStatus;
  @Field(() => String, { nullable: true, description: 'Why: recorded in the journey (and as the won/lost reason).' }) reason?: string | null;
  @Field(() => OpportunityInput, { nullable: true, description: 'Required to move to OPPORTUNITY.' }) opportunity?: OpportunityInput | null;
  @Field(() => Date, AT) at?: Date | null;
  @Field(() => String, ACTOR) actor?: string | null;
}

@InputType()
export class AssignLeadInput {
  @Field(() => ID, { nullable: true, description: 'The rep; omitted, routing chooses (territory, specialisation, workload).' }) repKey?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => Date, AT) at?: Date | null;
  @Field(() => String, ACTOR) actor?: string | null;
}

@InputType()
export class LeadContactInput {
  @Field(() => ContactKindEnum) kind: ContactKind;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Date, AT) at?: Date | null;
  @Field(() => String, ACTOR) actor?: string | null;
}

@InputType({ description: 'A KPI slice: the metric, period and dimension filter of a number on screen.' })
export class MetricSliceInput {
  @Field(() => ID) key: string;
  @Field(() => RangeInput, { nullable: true, description: 'Default: last 30 days.' }) range?: RangeInput | null;
  @Field(() => [DimensionFilterInput], { nullable: true }) filter?: DimensionFilterInput[] | null;
}

@InputType({ description: 'Every condition given must hold; a list matches any of its values.' })
export class LeadFilterInput {
  @Field(() => [LeadStatusEnum], { nullable: true }) status?: LeadStatus[] | null;
  @Field(() => [String], { nullable: true }) channel?: string[] | null;
  @Field(() => [String], { nullable: true }) campaign?: string[] | null;
  @Field(() => [String], { nullable: true }) region?: string[] | null;
  @Field(() => [String], { nullable: true }) segment?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Owner rep keys.' }) rep?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'true: only the unassigned queue.' }) unassigned?: boolean | null;
  @Field(() => RangeInput, { nullable: true, description: 'Created within this period.' }) created?: RangeInput | null;
  @Field(() => MetricSliceInput, {
    nullable: true,
    description: 'The leads behind a KPI: those whose events produced the observations of the metric (of its inputs, for a derived one) in the slice.',
  })
  metric?: MetricSliceInput | null;
}
