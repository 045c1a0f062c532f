import type { CostCategory, Department } from '@opshub/metrics';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DepartmentEnum } from '../../common/enums';
import { CostCategoryEnum } from './initiative.type';

@InputType()
export class InitiativeInput {
  @Field({ description: 'Up to 200 characters.' }) name: string;
  @Field(() => DepartmentEnum, { description: 'The department that runs it; its heads may read it.' }) department: Department;
  @Field(() => ID, { nullable: true, description: 'The user accountable for it (required).' }) ownerUserId?: string | null;
  @Field(() => CostCategoryEnum) costCategory: CostCategory;
  @Field({ description: 'A calendar day, YYYY-MM-DD.' }) startDate: string;
  @Field(() => Float, { description: 'USD, not negative.' }) plannedInvestment: number;
  @Field(() => Float, { description: 'USD a year, not negative.' }) expectedAnnualSaving: number;
  @Field(() => [String], { nullable: true, description: 'Catalog keys of the metrics it should move.' }) metricKeys?: string[] | null;
}
