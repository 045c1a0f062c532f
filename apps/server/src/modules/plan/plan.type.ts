import { Arg, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RACI_PROCESSES, type Department, type RaciProcess } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';
import { LOCALE_ARG, localized, type LocalizedText } from '../../common/localized';

export const RaciProcessEnum = enumOf(RACI_PROCESSES);
registerEnumType(RaciProcessEnum, {
  name: 'RaciProcess',
  description: "The automated operations workflows and the marketing campaign workflow (request → validation → prioritisation → build → QA → execution → reporting).",
});

@ObjectType({ description: 'A user named in the operating plan: a checklist item owner, a RACI role.' })
export class PlanUser {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: "A 30/60/90-day milestone checklist item of a plan goal: progress read from a metric against its target, or ticked by hand." })
export class ChecklistItem {
  @Field(() => ID) id: string;
  @Field(() => ID) goalId: string;
  @Field({ description: "The goal's name." }) goalName: string;
  defaultTitle: string;
  i18n: LocalizedText;
  @Field(() => DepartmentEnum, { description: "The goal's department (its metric's when the goal has none): who reads the item." }) department: Department;
  @Field(() => PlanUser, { nullable: true, description: 'Null once the owning user was deleted.' }) owner: PlanUser | null;
  @Field({ description: "YYYY-MM-DD in the organisation's zone." }) dueDate: string;
  @Field(() => Float, { nullable: true, description: "In the metric's unit (0.8 is 80 %); null for an item ticked by hand without one." }) target: number | null;
  @Field(() => String, { nullable: true, description: 'The metric its progress is read from; null when ticked by hand.' }) metricKey: string | null;
  @Field(() => Float, { nullable: true, description: "The metric over the goal's period so far; null without a metric or data." }) metricValue: number | null;
  @Field(() => Float, { description: '0 to 1: ticked, 1; from a metric, its share of the target in its direction, capped at 1.' }) progress: number;
  @Field({ description: 'Ticked, or its metric has reached the target.' }) complete: boolean;
  @Field(() => Date, { nullable: true, description: 'When it was ticked by hand.' }) doneAt: Date | null;
  @Field({ description: "Not complete after its due day, in the organisation's zone." }) overdue: boolean;
  @Field({ description: 'Whether the caller may change it: executives and ADMIN.' }) editable: boolean;

  @Field(() => String)
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'name');
  }
}

@ObjectType({ description: 'One step of a process and who is Responsible, Accountable, Consulted and Informed.' })
export class RaciStep {
  @Field(() => ID) id: string;
  @Field({ description: 'The step key (request, validation, …): its label is the app\'s to translate.' }) step: string;
  @Field(() => PlanUser, { nullable: true }) responsible: PlanUser | null;
  @Field(() => PlanUser, { nullable: true }) accountable: PlanUser | null;
  @Field(() => [PlanUser]) consulted: PlanUser[];
  @Field(() => [PlanUser]) informed: PlanUser[];
}

@ObjectType({ description: 'A process with its RACI matrix, in step order.' })
export class RaciMatrix {
  @Field(() => RaciProcessEnum) process: RaciProcess;
  @Field(() => [DepartmentEnum]) departments: Department[];
  @Field(() => [String], { description: 'The metrics that measure it: an alert rule on one without an owner goes to the accountable owner.' }) metricKeys: string[];
  @Field(() => PlanUser, { nullable: true, description: 'The user accountable for most of its steps (the earliest breaks a tie).' }) accountableOwner: PlanUser | null;
  @Field(() => [RaciStep]) steps: RaciStep[];
  @Field({ description: 'Whether the caller may change it: executives and ADMIN.' }) editable: boolean;
}
