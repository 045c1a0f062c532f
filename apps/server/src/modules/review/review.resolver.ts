import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { notFound } from '../../common/errors';
import { actorOf } from '../audit/audit.service';
import { canEditDashboard, type ReviewCadence } from '@opshub/metrics';
import { ReviewCadenceEnum } from '../../common/enums';
import { forbidden, principalOf, requireDashboard, requireMetric } from '../auth/access.guard';
import type { Principal } from '../auth/principal';
import { MetricOwner } from '../metric/metric.type';
import { ReviewActionItemInput } from './review.input';
import type { ReviewReader } from './review.service';
import { DashboardReviewSettings, Review, ReviewActionItem, ReviewBoard, ReviewKpi, ReviewSubjectKindEnum, type ReviewSubjectKind } from './review.type';

/** Reviews are people's work: only signed-in users take part, executives and ADMINs oversee every review. */
function readerOf(ctx: AppContext): ReviewReader & { principal: Principal } {
  const principal = principalOf(ctx);
  if (principal.kind !== 'USER') throw forbidden('Reviews are for signed-in users');
  const role = principal.grant.role;
  return { principal, userId: principal.id, seesAll: role === 'ADMIN' || role === 'EXECUTIVE' };
}

/** Its owner works on a review; an ADMIN may stand in. Executives read every review. */
async function requireReviewWork(ctx: AppContext, reviewId: string): Promise<Principal> {
  const { principal } = readerOf(ctx);
  const review = await ctx.services.reviews.getRow(reviewId);
  if (review.owner_user_id !== principal.id && principal.grant.role !== 'ADMIN') throw forbidden('Only the owner of the review works on it', { reviewId });
  return principal;
}

@Resolver()
export class ReviewResolver {
  @Query(() => ReviewBoard, { description: "Overdue, open and recently completed reviews and the open action items by owner: everyone's for executives and ADMINs, the caller's own otherwise." })
  reviewBoard(@Ctx() ctx: AppContext): Promise<ReviewBoard> {
    return ctx.services.reviews.board(readerOf(ctx));
  }

  @Query(() => Int, { description: "How many of the caller's reviews wait to be completed (the in-app notice of a review opened for them)." })
  myOpenReviewCount(@Ctx() ctx: AppContext): Promise<number> {
    return ctx.services.reviews.openCount(readerOf(ctx).userId);
  }

  @Query(() => Review)
  async review(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Review> {
    const reader = readerOf(ctx);
    const row = await ctx.services.reviews.getRow(id);
    if (!reader.seesAll && row.owner_user_id !== reader.userId) throw forbidden('You may not read this review', { reviewId: id });
    return ctx.services.reviews.review(id, reader);
  }

  @Query(() => [MetricOwner], { description: 'Who may own an action item (every active user): for the review page.' })
  reviewPeople(@Ctx() ctx: AppContext): Promise<MetricOwner[]> {
    readerOf(ctx);
    return ctx.services.reviews.people();
  }

  @Query(() => [ReviewActionItem], { description: "The action items of a metric's reviews, open ones first." })
  async metricActionItems(@Ctx() ctx: AppContext, @Arg('metricKey', () => ID) metricKey: string): Promise<ReviewActionItem[]> {
    await requireMetric(ctx, metricKey, 'KPI');
    return ctx.services.reviews.metricActionItems(metricKey);
  }

  @Query(() => DashboardReviewSettings, { description: "Who reviews a dashboard's KPIs and how often: for whoever opens it." })
  async dashboardReviewSettings(@Ctx() ctx: AppContext, @Arg('slug', () => ID) slug: string): Promise<DashboardReviewSettings> {
    requireDashboard(ctx, await ctx.services.dashboards.getDashboard(slug));
    return ctx.services.reviews.dashboardSettings(slug);
  }

  @Mutation(() => DashboardReviewSettings, { description: 'Sets who reviews a dashboard and how often (both, or neither to stop its reviews): whoever may edit the dashboard.' })
  async setDashboardReview(
    @Ctx() ctx: AppContext,
    @Arg('slug', () => ID) slug: string,
    @Arg('ownerUserId', () => ID, { nullable: true }) ownerUserId: string | null,
    @Arg('cadence', () => ReviewCadenceEnum, { nullable: true }) cadence: ReviewCadence | null,
  ): Promise<DashboardReviewSettings> {
    const dashboard = await ctx.services.dashboards.getDashboard(slug);
    requireDashboard(ctx, dashboard);
    const principal = principalOf(ctx);
    if (!canEditDashboard(principal.grant, principal, dashboard)) throw forbidden(`You may not change the ${slug} dashboard`, { dashboard: slug });
    return ctx.services.reviews.setDashboardSettings(slug, ownerUserId ?? null, cadence ?? null, actorOf(principal));
  }

  @Mutation(() => Review, { description: 'Opens the review of a metric or dashboard due now (or returns it when open): executives and ADMINs.' })
  async openReview(
    @Ctx() ctx: AppContext,
    @Arg('subjectKind', () => ReviewSubjectKindEnum) subjectKind: ReviewSubjectKind,
    @Arg('subjectKey', () => ID) subjectKey: string,
  ): Promise<Review> {
    const reader = readerOf(ctx);
    if (!reader.seesAll) throw forbidden('Only executives and ADMINs open reviews ahead of their timer');
    const id = await ctx.services.reviews.openNow(subjectKind, subjectKey, actorOf(reader.principal));
    return ctx.services.reviews.review(id, reader);
  }

  @Mutation(() => ReviewKpi, { description: "The owner's comment on a KPI of an open review (an off-track KPI needs one before the review completes)." })
  async commentReviewKpi(
    @Ctx() ctx: AppContext,
    @Arg('reviewId', () => ID) reviewId: string,
    @Arg('metricKey', () => ID) metricKey: string,
    @Arg('comment') comment: string,
  ): Promise<ReviewKpi> {
    const principal = await requireReviewWork(ctx, reviewId);
    await ctx.services.reviews.commentKpi(reviewId, metricKey, comment, actorOf(principal));
    const review = await ctx.services.reviews.review(reviewId, readerOf(ctx));
    return review.kpis.find((kpi) => kpi.metricKey === metricKey)!;
  }

  @Mutation(() => ReviewActionItem, { description: 'Adds an action item about a KPI of an open review: an owner and a due date are required.' })
  async addReviewActionItem(@Ctx() ctx: AppContext, @Arg('input', () => ReviewActionItemInput) input: ReviewActionItemInput): Promise<ReviewActionItem> {
    const principal = await requireReviewWork(ctx, input.reviewId);
    return ctx.services.reviews.addActionItem(input, actorOf(principal));
  }

  @Mutation(() => ReviewActionItem, { description: "Ticks an action item done (or open again): its owner, the review's owner or an ADMIN." })
  async setReviewActionItemDone(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('done') done: boolean): Promise<ReviewActionItem> {
    const { principal } = readerOf(ctx);
    const item = await ctx.services.reviews.actionItemRow(id);
    if (!item) throw notFound('ReviewActionItem', id);
    if (principal.grant.role !== 'ADMIN' && item.owner_user_id !== principal.id && item.review_owner !== principal.id) {
      throw forbidden('Only the owner of the action item or of its review ticks it', { actionItemId: id });
    }
    return ctx.services.reviews.setActionItemDone(id, done, actorOf(principal));
  }

  @Mutation(() => Review, { description: 'Completes a review; refused while an off-track KPI has no comment.' })
  async completeReview(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Review> {
    const principal = await requireReviewWork(ctx, id);
    await ctx.services.reviews.complete(id, actorOf(principal));
    return ctx.services.reviews.review(id, readerOf(ctx));
  }
}
