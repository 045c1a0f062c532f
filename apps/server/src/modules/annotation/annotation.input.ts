import type { Department } from '@opshub/metrics';
import { Field, InputType } from 'type-graphql';
import { DepartmentEnum } from '../../common/enums';

@InputType()
export class AnnotationInput {
  @Field({ description: 'Up to 200 characters.' }) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field() at: Date;
  @Field(() => Date, { nullable: true }) endAt?: Date | null;
  @Field(() => [String], { nullable: true, description: 'Metric keys; omit (and departments) for an organisation-wide event.' }) metricKeys?: string[] | null;
  @Field(() => [DepartmentEnum], { nullable: true }) departments?: Department[] | null;
  @Field(() => String, { nullable: true, deprecationReason: 'Ignored: an annotation is attributed to the signed-in user or API key that creates it.' })
  createdBy?: string | null;
}
