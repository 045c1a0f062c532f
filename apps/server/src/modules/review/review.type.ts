import { Arg, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { KpiStatus, PacingStatus, ReviewCadence } from '@opshub/metrics';
import { enumOf, KpiStatusEnum, ReviewCadenceEnum } from '../../common/enums';
import { LOCALE_ARG, localized, type LocalizedText } from '../../common/localized';
import { PacingStatusEnum } from '../goal/goal.type';
import { Metric, MetricOwner } from '../metric/metric.type';

export const REVIEW_SUBJECT_KINDS = ['METRIC', 'DASHBOARD'] as const;
export type ReviewSubjectKind = (typeof REVIEW_SUBJECT_KINDS)[number];
export const ReviewSubjectKindEnum = enumOf(REVIEW_SUBJECT_KINDS);
registerEnumType(ReviewSubjectKindEnum, { name: 'ReviewSubjectKind', description: 'What a review is of: one metric, or the KPIs of a dashboard.' });

@ObjectType({ description: 'One KPI of a review as it stood when the review opened (frozen), with the owner\'s comment.' })
export class ReviewKpi {
  @Field(() => ID) metricKey: string;
  @Field(() => Metric, { nullable: true, description: 'Null when the metric has left the catalog since.' }) metric: Metric | null;
  @Field(() => Float, { nullable: true, description: 'The value over the reviewed period.' }) value: number | null;
  @Field(() => Float, { nullable: true, description: 'The target in force at the end of the period.' }) target: number | null;
  @Field(() => KpiStatusEnum, { nullable: true }) status: KpiStatus | null;
  @Field(() => Float, { nullable: true, description: 'value − the previous period\'s value.' }) change: number | null;
  @Field(() => Float, { nullable: true }) changeRatio: number | null;
  @Field(() => PacingStatusEnum, { nullable: true, description: 'Pace against the goal in force, when one applies.' }) paceStatus: PacingStatus | null;
  @Field(() => Float, { nullable: true, description: 'The goal trajectory at the end of the period, when one applies.' }) paceExpected: number | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Date, { nullable: true }) commentedAt: Date | null;
  @Field({ description: 'Off track: the review cannot be completed without a comment on it.' }) needsComment: boolean;
}

@ObjectType({ description: 'Something to do about a KPI, decided in a review; tracked to done and carried into the next review while open.' })
export class ReviewActionItem {
  @Field(() => ID) id: string;
  @Field(() => ID) reviewId: string;
  @Field(() => ID) metricKey: string;
  @Field(() => Metric, { nullable: true }) metric: Metric | null;
  @Field(() => MetricOwner, { nullable: true, description: 'Null when the user was deleted.' }) owner: MetricOwner | null;
  @Field({ description: 'The local date it is due (YYYY-MM-DD).' }) dueDate: string;
  @Field() text: string;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field() createdAt: Date;
  @Field({ description: 'Open and its due date has passed (in the organisation\'s zone).' }) overdue: boolean;
}

@ObjectType({ description: 'A review of a metric or dashboard for one period of its cadence, opened for its owner when due.' })
export class Review {
  @Field(() => ID) id: string;
  @Field(() => ReviewSubjectKindEnum) subjectKind: ReviewSubjectKind;
  @Field(() => ID, { description: "The metric's key or the dashboard's slug." }) subjectKey: string;
  /** The subject's name as stored and its translations (a metric's name, a dashboard's title). */
  subject: { text: string; i18n: LocalizedText };

  @Field({ description: "The metric's name or the dashboard's title." })
  subjectName(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.subject.text, this.subject.i18n, locale, this.subjectKind === 'METRIC' ? 'name' : 'title');
  }

  @Field(() => ReviewCadenceEnum) cadence: ReviewCadence;
  @Field(() => MetricOwner, { nullable: true }) owner: MetricOwner | null;
  @Field({ description: 'The first instant of the period reviewed.' }) periodFrom: Date;
  @Field({ description: 'The end (exclusive) of the period reviewed: when the review opened.' }) periodTo: Date;
  @Field() dueBy: Date;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => MetricOwner, { nullable: true }) completedBy: MetricOwner | null;
  @Field() overdue: boolean;
  @Field({ description: 'Whether the caller may comment, add action items and complete it (its owner or an ADMIN, while open).' }) editable: boolean;
  @Field(() => [ReviewKpi], { description: 'The frozen scorecard, in the order of the subject.' }) kpis: ReviewKpi[];
  @Field(() => [ReviewActionItem], { description: 'Action items added in this review.' }) actionItems: ReviewActionItem[];
  @Field(() => [ReviewActionItem], { description: 'Action items of earlier reviews of the same subject still open when this one was read.' })
  carriedActionItems: ReviewActionItem[];
}

@ObjectType()
export class ActionItemGroup {
  @Field(() => MetricOwner, { nullable: true }) owner: MetricOwner | null;
  @Field(() => [ReviewActionItem]) items: ReviewActionItem[];
}

@ObjectType({ description: "The governance board: executives and ADMINs see everyone's reviews, other users their own." })
export class ReviewBoard {
  @Field(() => [Review], { description: 'Open reviews past their due time, most overdue first.' }) overdue: Review[];
  @Field(() => [Review], { description: 'Open reviews not yet due, soonest due first.' }) open: Review[];
  @Field(() => [Review], { description: 'Reviews completed in the last 90 days, latest first.' }) recentlyCompleted: Review[];
  @Field(() => [ActionItemGroup], { description: 'Open action items grouped by owner.' }) actionItemsByOwner: ActionItemGroup[];
}

@ObjectType({ description: "Who reviews a dashboard's KPIs, and how often." })
export class DashboardReviewSettings {
  @Field(() => ID) slug: string;
  @Field(() => MetricOwner, { nullable: true }) owner: MetricOwner | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) cadence: ReviewCadence | null;
}
