import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GOAL_SHAPES, PACING_STATUSES, type Department, type GoalShape, type PacingStatus } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';
import type { GoalEntity } from './goal.entity';

export const GoalShapeEnum = enumOf(GOAL_SHAPES);
export const PacingStatusEnum = enumOf(PACING_STATUSES);

registerEnumType(GoalShapeEnum, {
  name: 'GoalShape',
  description: 'LINEAR: a straight line from start to end. STEPPED: each milestone value applies from its date until the next. MILESTONES: a straight line between consecutive milestones.',
});
registerEnumType(PacingStatusEnum, {
  name: 'PacingStatus',
  description: 'Against the value the goal expects today, within 5 % of it ON_PACE; AHEAD or BEHIND according to the metric\'s direction.',
});

@ObjectType('GoalMilestone')
export class GoalMilestone {
  @Field() at: Date;
  @Field(() => Float) value: number;
}

@ObjectType({ description: 'A target trajectory for a metric: company goals cascade to department and owner goals through parent.' })
export class Goal {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID) metricKey: string;
  @Field(() => ID, { nullable: true, description: 'The goal this one contributes to; null for a company goal.' }) parentId: string | null;
  @Field(() => DepartmentEnum, { nullable: true }) department: Department | null;
  @Field(() => String, { nullable: true }) owner: string | null;
  @Field(() => GoalShapeEnum) shape: GoalShape;
  @Field(() => Float) startValue: number;
  @Field() startAt: Date;
  @Field(() => Float) endValue: number;
  @Field() endAt: Date;
  @Field(() => [GoalMilestone], { description: 'In date order; empty for LINEAR goals.' }) milestones: GoalMilestone[];
}

@ObjectType('GoalTrajectoryPoint')
export class GoalTrajectoryPoint {
  @Field() at: Date;
  @Field(() => Float) value: number;
}

@ObjectType({ description: "Where the KPI's goal says it should be, where it is, and where it is heading." })
export class KpiPacing {
  @Field(() => Goal) goal: Goal;
  @Field({ description: 'The instant judged: the end of the KPI period, or now when the period is still running.' }) at: Date;
  @Field(() => Float, { description: 'The trajectory value at `at`.' }) expected: number;
  @Field(() => Float, { description: "The KPI's value." }) actual: number;
  @Field(() => Float, { description: 'The value at the goal end date if progress since its start continues at the same average rate.' })
  projectedAtEnd: number;
  @Field(() => PacingStatusEnum) status: PacingStatus;
  @Field(() => [GoalTrajectoryPoint], {
    description: 'The trajectory over the KPI period and as far again ahead, for charts; a STEPPED goal has two points at each step.',
  })
  trajectory: GoalTrajectoryPoint[];
}

export function toGoal(entity: GoalEntity): Goal {
  return Object.assign(new Goal(), {
    id: entity.id,
    name: entity.name,
    metricKey: entity.metricKey,
    parentId: entity.parentId,
    department: entity.department,
    owner: entity.owner,
    shape: entity.shape,
    startValue: entity.startValue,
    startAt: entity.startAt,
    endValue: entity.endValue,
    endAt: entity.endAt,
    milestones: entity.milestones
      .map((milestone) => Object.assign(new GoalMilestone(), { at: new Date(milestone.at), value: milestone.value }))
      .sort((a, b) => a.at.getTime() - b.at.getTime()),
  });
}

@ObjectType({ description: 'How a goal is going: where its trajectory says the metric should be today, where it is, and where it is heading.' })
export class GoalProgress {
  @Field({ description: 'The instant judged: now, or the end date of a goal that has ended.' }) at: Date;
  @Field(() => Float, { description: 'The trajectory value at `at`.' }) expected: number;
  @Field(() => Float, { nullable: true, description: "The metric over the goal's period up to `at`; null before the start or without data." })
  actual: number | null;
  @Field(() => Float, { nullable: true, description: 'The value at the end date if progress since the start keeps its average rate; null without an actual value.' })
  projectedAtEnd: number | null;
  @Field(() => PacingStatusEnum, { nullable: true, description: 'null without an actual value.' }) status: PacingStatus | null;
  @Field(() => [GoalTrajectoryPoint], { description: 'The whole trajectory from start to end; a STEPPED goal has two points at each step.' })
  trajectory: GoalTrajectoryPoint[];
  @Field(() => [GoalTrajectoryPoint], {
    description: "The metric's values from the start to `at`, one per bucket, as a running total for summed metrics (comparable with the trajectory).",
  })
  actuals: GoalTrajectoryPoint[];
}
