import { add, startOf } from '@opshub/metrics';
import { qb, run, runOne } from '../database/sql';
import { SYSTEM_ACTOR, type AuditActor } from '../modules/audit/audit.service';
import { DEMO_USERS } from '../modules/auth/demo-users';
import type { Services } from '../services';

const byRole = (email: string) => DEMO_USERS.find((user) => user.email === email)!;
const CEO = byRole('ceo@opshub.demo');
const SALES_HEAD = byRole('sales.head@opshub.demo');
const CS_HEAD = byRole('cs.head@opshub.demo');
const actorOf = (user: { id: string; name: string }): AuditActor => ({ kind: 'USER', id: user.id, name: user.name });

/** What the owners wrote on off-track KPIs, by metric (a generic line for the others). */
const COMMENTS: Record<string, string> = {
  'finance.arr': 'Two enterprise renewals slipped into next month; pipeline coverage is fine.',
  'finance.cac': 'Paid search costs rose after the spring campaign; reallocating budget to referrals.',
  'cs.churn_rate': 'Churn concentrated in SMB accounts onboarded without a health check.',
  'ops.process_efficiency': 'Manual approvals still block the order flow; automation project under way.',
};
/** The headline KPIs each owner reviews on the metric's own cadence (the catalog's), besides the dashboards. */
const METRIC_OWNERS: Array<[{ id: string }, string[]]> = [
  [CEO, ['finance.arr', 'finance.gross_margin', 'finance.operating_margin']],
  [SALES_HEAD, ['sales.win_rate', 'sales.pipeline_value']],
  [CS_HEAD, ['cs.churn_rate', 'cs.nps']],
];
const COMMENT = 'Below target this period; cause identified and actions agreed below.';

/**
 * The demo's governance story: owners and cadences on the headline KPIs and the executive and sales dashboards, the
 * executive dashboard's last two monthly reviews completed (comments on what was off track, action items: one done,
 * one overdue, one open), the headline KPIs' due reviews completed but the head of sales' (left open). Once:
 * nothing is done when a review exists.
 */
export async function seedDemoReviews(services: Services, now: Date): Promise<void> {
  const { db, reviews } = services;
  if (await runOne(db, qb.selectFrom('review').select('id').limit(1))) return;
  if (!(await runOne(db, qb.selectFrom('app_user').select('id').where('id', '=', CEO.id)))) return;
  const timeZone = services.organization.current().timeZone;
  const executiveKeys = await services.dashboards.metricKeys('executive').catch(() => [] as string[]);
  for (const [owner, keys] of METRIC_OWNERS) {
    await run(db, qb.updateTable('metric').set({ owner_user_id: owner.id }).where('key', 'in', keys).where('owner_user_id', 'is', null).where('review_cadence', 'is not', null));
  }
  await run(db, qb.updateTable('dashboard').set({ review_owner_user_id: CEO.id, review_cadence: 'MONTHLY' }).where('slug', '=', 'executive'));
  await run(db, qb.updateTable('dashboard').set({ review_owner_user_id: SALES_HEAD.id, review_cadence: 'WEEKLY' }).where('slug', '=', 'sales'));

  const thisMonth = startOf(now, 'MONTH', timeZone);
  const day = (at: Date) => at.toISOString().slice(0, 10);
  const months = [add(thisMonth, 'MONTH', -1, timeZone), thisMonth];
  for (const [index, opensAt] of months.entries()) {
    const openedAt = add(opensAt, 'HOUR', 9, timeZone);
    const id = await reviews.openNow('DASHBOARD', 'executive', SYSTEM_ACTOR, openedAt);
    const offTrack = await run(db, qb.selectFrom('review_kpi').select('metric_key').where('review_id', '=', id).where('status', '=', 'OFF_TRACK').orderBy('position'));
    for (const { metric_key: key } of offTrack) await reviews.commentKpi(id, key, COMMENTS[key] ?? COMMENT, actorOf(CEO), add(openedAt, 'DAY', 1, timeZone));
    // The action items are about ARR when it was off track (the comments' story), else the first KPI off track.
    const about = offTrack.find((kpi) => kpi.metric_key === 'finance.arr')?.metric_key ?? offTrack[0]?.metric_key ?? executiveKeys[0];
    if (!about) continue;
    const item = (owner: { id: string }, dueDate: Date, text: string) => reviews.addActionItem({ reviewId: id, metricKey: about, ownerUserId: owner.id, dueDate: day(dueDate), text }, actorOf(CEO), add(openedAt, 'DAY', 1, timeZone));
    if (index === 0) {
      const done = await item(CS_HEAD, add(openedAt, 'DAY', 10, timeZone), 'Run a health check on every SMB account onboarded this quarter');
      await reviews.setActionItemDone(done.id, true, actorOf(CS_HEAD), add(openedAt, 'DAY', 8, timeZone));
      await item(SALES_HEAD, add(openedAt, 'DAY', 14, timeZone), 'Close the two slipped enterprise renewals');
    } else {
      await item(CS_HEAD, add(now, 'DAY', 12, timeZone), 'Present the churn root-cause analysis to the leadership team');
    }
    await reviews.complete(id, actorOf(CEO), add(openedAt, 'DAY', 2, timeZone));
  }
  // The reviews due now: the owners completed those of their headline KPIs (commenting what was off track), except
  // the head of sales, whose win-rate and sales dashboard reviews wait (overdue once their grace days pass).
  await reviews.openDue(now);
  const due = await run(db, qb.selectFrom('review').select(['id', 'subject_key', 'owner_user_id']).where('completed_at', 'is', null)
    .where('subject_kind', '=', 'METRIC').where('subject_key', '!=', 'sales.win_rate'));
  for (const review of due) {
    const owner = DEMO_USERS.find((user) => user.id === review.owner_user_id);
    if (!owner) continue;
    const offTrack = await run(db, qb.selectFrom('review_kpi').select('metric_key').where('review_id', '=', review.id).where('status', '=', 'OFF_TRACK'));
    for (const { metric_key: key } of offTrack) await reviews.commentKpi(review.id, key, COMMENTS[key] ?? COMMENT, actorOf(owner), now);
    await reviews.complete(review.id, actorOf(owner), now);
  }
}
