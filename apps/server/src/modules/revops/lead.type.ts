import { Arg, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver, JSONResolver } from 'graphql-scalars';
import { enumOf } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import { PageInfo } from '../observation/observation.type';
import { CONTACT_KINDS, LEAD_EVENT_KINDS, LEAD_STATUSES, SCORING_CATEGORIES, SCORING_OPERATORS, type LeadEventKind, type LeadStatus, type ScoringCategory, type ScoringOperator } from '@opshub/metrics';
import { OPPORTUNITY_STAGES, type OpportunityStage } from './lead.entity';
import type { ScoringRuleEntity } from './lead-scoring.entity';

export const LeadStatusEnum = enumOf(LEAD_STATUSES);
export const LeadEventKindEnum = enumOf(LEAD_EVENT_KINDS);
export const ContactKindEnum = enumOf(CONTACT_KINDS);
export const OpportunityStageEnum = enumOf(OPPORTUNITY_STAGES);
export const ScoringCategoryEnum = enumOf(SCORING_CATEGORIES);
export const ScoringOperatorEnum = enumOf(SCORING_OPERATORS);

registerEnumType(LeadStatusEnum, {
  name: 'LeadStatus',
  description: 'NEW → MQL → SQL → OPPORTUNITY → WON | LOST; DISQUALIFIED from any open status. No other move is allowed.',
});
registerEnumType(LeadEventKindEnum, { name: 'LeadEventKind', description: 'QUEUED: routing found no eligible rep and the lead waits in the unassigned queue.' });
registerEnumType(ContactKindEnum, { name: 'ContactKind' });
registerEnumType(OpportunityStageEnum, { name: 'OpportunityStage' });
registerEnumType(ScoringCategoryEnum, { name: 'ScoringCategory', description: 'What a lead scoring rule weighs: demographic data, behaviour, content interaction, intent signals.' });
registerEnumType(ScoringOperatorEnum, { name: 'ScoringOperator' });

@ObjectType({ description: 'A sales rep: who routing can assign leads to.' })
export class SalesRep {
  @Field(() => ID) key: string;
  @Field() name: string;
  @Field(() => [String], { description: 'Regions covered.' }) territories: string[];
  @Field(() => [String], { description: 'Segments the rep specialises in.' }) specialisations: string[];
  @Field(() => Int, { description: 'Open leads the rep can carry; routing skips a rep at capacity.' }) capacity: number;
  @Field() active: boolean;
}

@ObjectType({ description: 'A sales rep with the open leads they carry.' })
export class SalesRepWorkload extends SalesRep {
  @Field(() => Int) openLeads: number;
}

@ObjectType({ description: 'The points one scoring rule gave a lead.' })
export class ScoreContribution {
  @Field(() => ID) rule: string;
  @Field() name: string;
  @Field(() => ScoringCategoryEnum) category: ScoringCategory;
  @Field(() => Int) points: number;
}

@ObjectType()
export class Opportunity {
  @Field(() => Float) amount: number;
  @Field({ description: 'ISO 4217 code.' }) currency: string;
  @Field(() => OpportunityStageEnum) stage: OpportunityStage;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) expectedCloseAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'The actual close.' }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was won, lost or disqualified.' }) closeReason: string | null;
}

@ObjectType({ description: 'What an event added to a metric computed from lead records.' })
export class MetricContribution {
  @Field(() => ID) metricKey: string;
  @Field(() => Float) value: number;
}

@ObjectType({ description: "One step of a lead's journey: who, when, from → to, why." })
export class LeadEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => LeadEventKindEnum) kind: LeadEventKind;
  @Field(() => LeadStatusEnum, { nullable: true }) fromStatus: LeadStatus | null;
  @Field(() => LeadStatusEnum, { nullable: true }) toStatus: LeadStatus | null;
  @Field({ description: 'Who acted: a rep key, a person, or the system (scoring, routing, sla).' }) actor: string;
  @Field({ description: "Who acted, as shown to people: the rep's name when the actor is a rep key, else the actor." }) actorName: string;
  @Field(() => String, { nullable: true, description: "ASSIGNED: the name of the rep the lead went to (the key when the rep is unknown)." }) assigneeName: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => ID, { nullable: true, description: "The lead's owner when the event happened." }) repKey: string | null;
  @Field(() => JSONObjectResolver, { description: 'Kind-specific data: contact kind, SLA policy, routing, score…' }) details: Record<string, unknown>;
  @Field(() => [MetricContribution]) contributions: MetricContribution[];
}

@ObjectType({ description: 'A lead and where it stands in the shared marketing and sales process.' })
export class Lead {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: "The CRM's id; importing it again never duplicates the lead." }) externalId: string | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) company: string | null;
  @Field({ description: 'Source channel.' }) channel: string;
  @Field(() => String, { nullable: true }) campaign: string | null;
  @Field() region: string;
  @Field() segment: string;
  @Field(() => Int, { nullable: true, description: 'Employees.' }) companySize: number | null;
  @Field(() => JSONObjectResolver, { description: 'Behaviour and intent signals as counts.' }) signals: Record<string, number>;
  @Field(() => Int) score: number;
  @Field(() => [ScoreContribution], { description: 'Which scoring rules gave the score its points.' }) scoreBreakdown: ScoreContribution[];
  @Field(() => LeadStatusEnum) status: LeadStatus;
  @Field(() => SalesRep, { nullable: true, description: 'Null while the lead waits in the unassigned queue.' }) owner: SalesRep | null;
  @Field() createdAt: Date;
  @Field() statusChangedAt: Date;
  @Field(() => Date, { nullable: true }) firstContactAt: Date | null;
  @Field({ description: 'When the latest event happened.' }) lastEventAt: Date;
  @Field(() => Opportunity, { nullable: true }) opportunity: Opportunity | null;
}

@ObjectType()
export class LeadEdge {
  @Field() cursor: string;
  @Field(() => Lead) node: Lead;
}

@ObjectType({ description: 'Leads, newest first.' })
export class LeadConnection {
  @Field(() => [LeadEdge]) edges: LeadEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType({ description: 'What a lead mutation answers: always the id; the lead itself only to a caller who may read lead records.' })
export class LeadWrite {
  @Field(() => ID, { description: 'The lead written; for createLead with an already imported externalId, the existing lead.' }) id: string;
  @Field({ description: 'True when this call created the lead; false when createLead found its externalId already imported, and for changes to a lead.' })
  created: boolean;
  /** The lead as the write left it, when the service already read it; shown only to a reader. */
  written?: Lead;
}

@ObjectType()
export class RejectedLead {
  @Field(() => Int, { description: 'Position of the item in the input list.' }) index: number;
  @Field({ description: 'The offending field, e.g. region or externalId.' }) field: string;
  @Field() reason: string;
}

@ObjectType()
export class ImportedLead {
  @Field(() => Int, { description: 'Position of the item in the input list.' }) index: number;
  @Field(() => ID) id: string;
  @Field({ description: 'False when a lead with this externalId already existed and was left as it was.' }) created: boolean;
}

@ObjectType()
export class ImportLeadsResult {
  @Field(() => Int) created: number;
  @Field(() => Int, { description: 'Items whose externalId was already imported: left unchanged.' }) existing: number;
  @Field(() => [ImportedLead]) leads: ImportedLead[];
  @Field(() => [RejectedLead]) rejected: RejectedLead[];
}

@ObjectType({ description: 'A configurable lead scoring rule.' })
export class ScoringRule {
  @Field(() => ID) key: string;
  @Field(() => ScoringCategoryEnum) category: ScoringCategory;
  @Field({ description: 'A lead field (channel, campaign, region, segment, companySize) or a signal, signals.<name>.' }) field: string;
  @Field(() => ScoringOperatorEnum) operator: ScoringOperator;
  @Field(() => JSONResolver, { description: 'A string (EQUALS), a list of strings (IN) or a number (AT_LEAST).' }) value: unknown;
  @Field(() => Int, { description: 'Points added when the rule matches; negative points subtract.' }) points: number;
  entity: ScoringRuleEntity;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.name, this.entity.i18n, locale, 'name');
  }
}

@ObjectType()
export class LeadScoring {
  @Field(() => Int, { description: 'A new lead scoring at least this becomes an MQL.' }) mqlThreshold: number;
  @Field(() => [ScoringRule]) rules: ScoringRule[];
}
