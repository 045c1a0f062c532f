import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import type { Department } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';
import { PageInfo } from '../observation/observation.type';
import { AUDIT_ACTIONS, AUDIT_ACTOR_KINDS, type AuditAction, type AuditActorKind } from '../audit/audit.entity';

export const AuditActorKindEnum = enumOf(AUDIT_ACTOR_KINDS);
export const AuditActionEnum = enumOf(AUDIT_ACTIONS);
registerEnumType(AuditActorKindEnum, { name: 'AuditActorKind' });
registerEnumType(AuditActionEnum, { name: 'AuditAction' });

@ObjectType({ description: 'One configuration change: who, when, which object, the value before and after. Never edited or deleted.' })
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => AuditActorKindEnum) actorKind: AuditActorKind;
  @Field(() => ID, { nullable: true, description: "The user's or the API key's id; null for the server itself." }) actorId: string | null;
  @Field({ description: 'The user\'s name, or `key:<name>`, as it was at the time.' }) actorName: string;
  @Field(() => AuditActionEnum) action: AuditAction;
  @Field({ description: 'METRIC, TARGET, GOAL, ALERT_RULE, WEBHOOK_ENDPOINT, USER, API_KEY, SLA_POLICY, DIGEST_SUBSCRIPTION, ANNOTATION, …' }) objectType: string;
  @Field(() => ID) objectId: string;
  @Field({ description: 'The object\'s name as it was at the time.' }) objectLabel: string;
  @Field(() => DepartmentEnum, { nullable: true }) department: Department | null;
  @Field(() => ID, { nullable: true, description: 'The metric the object belongs to.' }) metricKey: string | null;
  @Field(() => JSONObjectResolver, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => JSONObjectResolver, { nullable: true }) after: Record<string, unknown> | null;
}

@ObjectType()
export class AuditEventEdge {
  @Field() cursor: string;
  @Field(() => AuditEvent) node: AuditEvent;
}

@ObjectType({ description: 'Audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}
