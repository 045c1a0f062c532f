import { Field, ID, InputType, Int } from 'type-graphql';
import type { Comparison, Department, SlaWorkflow, WidgetType } from '@opshub/metrics';
import { ComparisonEnum, DepartmentEnum, SlaWorkflowEnum } from '../../common/enums';
import { RangeInput } from '../../common/range.input';
import { WidgetTypeEnum } from './dashboard.type';

@InputType()
export class DashboardWidgetInput {
  @Field(() => ID, { description: '1 to 64 letters, digits, "-" or "_"; unique within the dashboard.' }) id: string;
  @Field(() => WidgetTypeEnum) type: WidgetType;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => [ID], { nullable: true, description: 'KPI and BREAKDOWN: exactly one; TIME_SERIES 1 to 5; SCORECARD and KPI_GROUP 1 to 30; WORKFLOW_SCORECARD its workflows\' attainment metrics, in order; TEXT none.' })
  metricKeys?: string[] | null;
  @Field(() => String, { nullable: true, description: 'BREAKDOWN only.' }) dimension?: string | null;
  @Field(() => String, { nullable: true, description: 'TEXT only: Markdown, up to 10,000 characters.' }) text?: string | null;
  @Field(() => ID, { nullable: true, description: 'GOAL_PROGRESS only: the goal shown; it must exist and the saver must read its metric.' }) goalId?: string | null;
  @Field(() => [SlaWorkflowEnum], {
    nullable: true,
    description: "SLA_BREACHES: whose breaches it lists (null: the leads'); WORKFLOW_SCORECARD (required): its rows. The saver must read each workflow's records.",
  })
  workflows?: SlaWorkflow[] | null;
  @Field(() => RangeInput, { nullable: true, description: "Its own period instead of the dashboard's (not for TEXT)." }) range?: RangeInput | null;
  @Field(() => ComparisonEnum, { nullable: true, description: "Its own comparison instead of the dashboard's (not for TEXT)." }) compare?: Comparison | null;
  @Field(() => Int, { description: '0 to 11.' }) x: number;
  @Field(() => Int) y: number;
  @Field(() => Int, { description: '1 to 12 columns; x + w ≤ 12.' }) w: number;
  @Field(() => Int, { description: '1 to 40 rows.' }) h: number;
}

@InputType({ description: 'What an editor saves: everything but the owner.' })
export class DashboardInput {
  @Field({ description: '1 to 120 characters.' }) title: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [DashboardWidgetInput]) widgets: DashboardWidgetInput[];
  @Field(() => [DepartmentEnum], {
    nullable: true,
    description: 'Departments it is shared with besides its owner: their heads and viewers open it, their heads edit it. Omitted: unchanged (none for a new one). '
      + 'Only who may edit the owning department\'s dashboards changes it; a personal dashboard is never shared.',
  })
  sharedWith?: Department[] | null;
}
