import type { Department } from '@opshub/metrics';
import { Field, ID, ObjectType } from 'type-graphql';
import { DepartmentEnum } from '../../common/enums';

@ObjectType({ description: 'An event on the time axis, drawn on every chart that covers it.' })
export class Annotation {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() description: string;
  @Field() at: Date;
  @Field(() => Date, { nullable: true, description: 'Set for a span (an incident, a campaign); null for a moment.' }) endAt: Date | null;
  @Field(() => [String], { description: 'The metrics it applies to; empty with no departments: all metrics.' }) metricKeys: string[];
  @Field(() => [DepartmentEnum]) departments: Department[];
  @Field(() => ID, { nullable: true, description: 'The alert it was made from, if any.' }) alertId: string | null;
  @Field(() => String, { nullable: true }) createdBy: string | null;
  @Field() createdAt: Date;
  /** The author's user or key id, for `editable`; not in the schema. */
  createdById: string | null;
}
