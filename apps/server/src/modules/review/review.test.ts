import { createMetric, record } from '../../testing/fixtures';
import { createTestApp, type Credentials, type TestApp } from '../../testing/test-app';

// The organisation's zone is Europe/Madrid (the default): CET (+1) until 2026-03-29T01:00Z, CEST (+2) after.
// March 2026 in Madrid runs from 2026-02-28T23:00Z to 2026-03-31T22:00Z; its review opens at that instant.
const MARCH_REVIEW_OPENS = new Date('2026-03-31T22:00:00.000Z');
const APRIL_REVIEW_OPENS = new Date('2026-04-30T22:00:00.000Z');

let app: TestApp;
let owner: Credentials & { userId: string };
let executive: Credentials & { userId: string };
let outsider: Credentials & { userId: string };

beforeAll(async () => {
  app = await createTestApp({ seedCatalog: false });
  // Reviews are opened by hand at fixed instants here; the timer would open today's periods besides.
  await app.services.reviewScheduler.stop();
  owner = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  executive = await app.signIn('EXECUTIVE');
  outsider = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
});
afterAll(() => app.close());

const REVIEW = `
  id subjectKind subjectKey subjectName cadence periodFrom periodTo dueBy completedAt overdue editable owner { id }
  kpis { metricKey value target status change changeRatio paceStatus paceExpected comment needsComment }
  actionItems { id text dueDate owner { id } doneAt }
  carriedActionItems { id text }`;

async function ownedMetric(): Promise<string> {
  const key = await createMetric(app, { name: 'Bookings', aggregation: 'SUM' });
  const updated = await app.gql('mutation ($k: ID!, $o: ID!) { updateMetric(key: $k, input: { ownerUserId: $o, reviewCadence: MONTHLY }) { key } }', { k: key, o: owner.userId });
  expect(updated.errors).toBeUndefined();
  return key;
}

async function reviewOf(key: string, periodFrom: Date): Promise<string> {
  const [row] = await app.db.query('SELECT id FROM review WHERE subject_key = $1 AND period_from = $2', [key, periodFrom]);
  return row.id;
}

describe('a monthly review in Europe/Madrid', () => {
  it('opens on the first instant of April with March as it stood, and carries its open action items into April', async () => {
    const key = await ownedMetric();
    await record(app, [
      { metricKey: key, value: 10, at: '2026-02-10T12:00:00Z' }, // February
      { metricKey: key, value: 50, at: '2026-02-28T22:30:00Z' }, // 28 Feb 23:30 CET: still February
      { metricKey: key, value: 30, at: '2026-02-28T23:30:00Z' }, // 1 Mar 00:30 CET: March
      { metricKey: key, value: 20, at: '2026-03-31T21:30:00Z' }, // 31 Mar 23:30 CEST: March
      { metricKey: key, value: 1000, at: '2026-03-31T22:30:00Z' }, // 1 Apr 00:30 CEST: April, not in the review
    ]);
    expect((await app.gql('mutation ($k: ID!) { setTarget(input: { metricKey: $k, kind: PLAN, value: 100, effectiveFrom: "2026-01-01T00:00:00Z" }) { id } }', { k: key })).errors).toBeUndefined();
    // A linear goal over March and April (local midnights): 0 → 200 over 1463 hours (March lost one to DST).
    const goal = await app.gql(`mutation ($k: ID!) { setGoal(input: { name: "Spring bookings", metricKey: $k, shape: LINEAR, startValue: 0,
      startAt: "2026-02-28T23:00:00Z", endValue: 200, endAt: "2026-04-30T22:00:00Z" }) { id } }`, { k: key });
    expect(goal.errors).toBeUndefined();

    // One second before, it is still 31 March in Madrid: February is the month due.
    expect(await app.services.reviews.openDue(new Date('2026-03-31T21:59:59.000Z'))).toBe(1);
    expect(await app.services.reviews.openDue(MARCH_REVIEW_OPENS)).toBe(1);
    expect(await app.services.reviews.openDue(MARCH_REVIEW_OPENS)).toBe(0);
    const id = await reviewOf(key, new Date('2026-02-28T23:00:00.000Z'));
    const { data } = await app.gql(`query ($id: ID!) { review(id: $id) { ${REVIEW} } }`, { id }, owner);
    // The in-app notice: February's and March's reviews wait for the owner, none for the executive.
    expect((await app.gql('{ myOpenReviewCount }', {}, owner)).data.myOpenReviewCount).toBe(2);
    expect((await app.gql('{ myOpenReviewCount }', {}, executive)).data.myOpenReviewCount).toBe(0);
    expect(data.review).toMatchObject({
      subjectKind: 'METRIC', subjectKey: key, subjectName: 'Bookings', cadence: 'MONTHLY', owner: { id: owner.userId },
      periodFrom: '2026-02-28T23:00:00.000Z', periodTo: '2026-03-31T22:00:00.000Z', dueBy: '2026-04-05T22:00:00.000Z',
      completedAt: null, editable: true, actionItems: [], carriedActionItems: [],
    });
    // March: 30 + 20 = 50 against 100 (OFF_TRACK: more than 10 % short); February: 10 + 50 = 60, so −10, −1/6.
    // The goal expects 200 × 743 / 1463 at the end of March (743 hours of March in Madrid): 50 is BEHIND it.
    expect(data.review.kpis).toEqual([{
      metricKey: key, value: 50, target: 100, status: 'OFF_TRACK', change: -10, changeRatio: expect.closeTo(-1 / 6, 12),
      paceStatus: 'BEHIND', paceExpected: expect.closeTo((200 * 743) / 1463, 9), comment: null, needsComment: true,
    }]);

    // Data arriving later does not change the frozen scorecard.
    await record(app, [{ metricKey: key, value: 500, at: '2026-03-15T12:00:00Z' }]);
    expect((await app.gql(`query ($id: ID!) { review(id: $id) { kpis { value } } }`, { id }, owner)).data.review.kpis).toEqual([{ value: 50 }]);

    // Not completed while the off-track KPI has no comment: the error names it.
    const refused = await app.gql('mutation ($id: ID!) { completeReview(id: $id) { id } }', { id }, owner);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining('"Bookings"'), extensions: { code: 'BAD_USER_INPUT', field: 'kpis', metricKey: key } });

    const commented = await app.gql('mutation ($id: ID!, $k: ID!) { commentReviewKpi(reviewId: $id, metricKey: $k, comment: "  Two deals slipped to April.  ") { comment needsComment } }', { id, k: key }, owner);
    expect(commented.data.commentReviewKpi).toEqual({ comment: 'Two deals slipped to April.', needsComment: false });
    const ADD = 'mutation ($input: ReviewActionItemInput!) { addReviewActionItem(input: $input) { id text dueDate overdue owner { id } } }';
    const first = await app.gql(ADD, { input: { reviewId: id, metricKey: key, ownerUserId: owner.userId, dueDate: '2026-04-15', text: 'Call the two slipped accounts' } }, owner);
    expect(first.data.addReviewActionItem).toMatchObject({ text: 'Call the two slipped accounts', dueDate: '2026-04-15', owner: { id: owner.userId } });
    const second = await app.gql(ADD, { input: { reviewId: id, metricKey: key, ownerUserId: executive.userId, dueDate: '2026-04-20', text: 'Approve the discount' } }, owner);
    const completed = await app.gql(`mutation ($id: ID!) { completeReview(id: $id) { completedAt editable actionItems { text } } }`, { id }, owner);
    expect(completed.data.completeReview).toMatchObject({ editable: false, actionItems: [{ text: 'Call the two slipped accounts' }, { text: 'Approve the discount' }] });
    expect(completed.data.completeReview.completedAt).not.toBeNull();
    // A completed review no longer changes.
    const late = await app.gql(ADD, { input: { reviewId: id, metricKey: key, ownerUserId: owner.userId, dueDate: '2026-04-15', text: 'Late' } }, owner);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reviewId' });

    // The metric's page lists them; one is done before April's review opens.
    const done = await app.gql('mutation ($id: ID!) { setReviewActionItemDone(id: $id, done: true) { doneAt } }', { id: second.data.addReviewActionItem.id }, executive);
    expect(done.data.setReviewActionItemDone.doneAt).not.toBeNull();
    const listed = await app.gql('query ($k: ID!) { metricActionItems(metricKey: $k) { text doneAt } }', { k: key }, outsider);
    expect(listed.data.metricActionItems.map((item: { text: string }) => item.text)).toEqual(['Call the two slipped accounts', 'Approve the discount']);

    expect(await app.services.reviews.openDue(APRIL_REVIEW_OPENS)).toBe(1);
    const april = await reviewOf(key, new Date('2026-03-31T22:00:00.000Z'));
    const next = await app.gql(`query ($id: ID!) { review(id: $id) { periodFrom kpis { value status } carriedActionItems { id text } } }`, { id: april }, owner);
    // April: the 1000 of 1 April 00:30 (no target issue: 1000 ≥ 100).
    expect(next.data.review).toEqual({
      periodFrom: '2026-03-31T22:00:00.000Z', kpis: [{ value: 1000, status: 'ON_TRACK' }],
      carriedActionItems: [{ id: first.data.addReviewActionItem.id, text: 'Call the two slipped accounts' }],
    });

    // The executive's board: April's review is open and the carried item sits under its owner.
    const board = await app.gql(`{ reviewBoard { overdue { id } open { id } recentlyCompleted { id } actionItemsByOwner { owner { id } items { text } } } }`, {}, executive);
    const ids = (list: Array<{ id: string }>) => list.map((review) => review.id);
    expect([...ids(board.data.reviewBoard.overdue), ...ids(board.data.reviewBoard.open)]).toContain(april);
    expect(ids(board.data.reviewBoard.recentlyCompleted)).not.toContain(april);
    expect(board.data.reviewBoard.actionItemsByOwner).toContainEqual({ owner: { id: owner.userId }, items: expect.arrayContaining([{ text: 'Call the two slipped accounts' }]) });
  });
});

describe('a weekly dashboard review', () => {
  it("freezes every KPI of the dashboard, in the dashboard's order, for the owner picked in its settings", async () => {
    const [first, second] = [await createMetric(app, { name: 'Calls' }), await createMetric(app, { name: 'Demos' })];
    const created = await app.gql('mutation ($input: DashboardInput!) { createDashboard(input: $input, department: SALES) { slug } }', {
      input: { title: 'Weekly sales', widgets: [{ id: 'a', type: 'KPI', metricKeys: [second], x: 0, y: 0, w: 3, h: 3 }, { id: 'b', type: 'KPI', metricKeys: [first], x: 3, y: 0, w: 3, h: 3 }] },
    });
    const slug = created.data.createDashboard.slug as string;
    const SET = 'mutation ($slug: ID!, $o: ID, $c: ReviewCadence) { setDashboardReview(slug: $slug, ownerUserId: $o, cadence: $c) { owner { id } cadence } }';
    const half = await app.gql(SET, { slug, o: owner.userId, c: null });
    expect(half.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'cadence' });
    expect((await app.gql(SET, { slug, o: owner.userId, c: 'WEEKLY' })).data.setDashboardReview).toEqual({ owner: { id: owner.userId }, cadence: 'WEEKLY' });
    // Week of Monday 19 October (CEST) to Monday 26 October 00:00 CET (2026-10-25T23:00Z), 169 hours long.
    await record(app, [
      { metricKey: first, value: 3, at: '2026-10-18T22:30:00Z' }, // Mon 19 Oct 00:30 CEST
      { metricKey: first, value: 4, at: '2026-10-25T22:30:00Z' }, // Sun 25 Oct 23:30 CET
      { metricKey: second, value: 9, at: '2026-10-25T23:30:00Z' }, // Mon 26 Oct 00:30 CET: the next week
      { metricKey: second, value: 2, at: '2026-10-14T12:00:00Z' }, // the week before
    ]);
    expect(await app.services.reviews.openDue(new Date('2026-10-26T10:00:00Z'))).toBeGreaterThanOrEqual(1);
    const id = await reviewOf(slug, new Date('2026-10-18T22:00:00.000Z'));
    const { data } = await app.gql(`query ($id: ID!) { review(id: $id) { subjectKind subjectName periodTo dueBy kpis { metricKey value change } } }`, { id }, owner);
    expect(data.review).toEqual({
      subjectKind: 'DASHBOARD', subjectName: 'Weekly sales', periodTo: '2026-10-25T23:00:00.000Z', dueBy: '2026-10-27T23:00:00.000Z',
      // Demos: no point in the week (its 9 is in the next one), so no value and no change; Calls: 3 + 4, nothing the week before.
      kpis: [{ metricKey: second, value: null, change: null }, { metricKey: first, value: 7, change: null }],
    });
  });
});

describe('bad input', () => {
  it('names the field, and writes nothing', async () => {
    const unowned = await createMetric(app, { name: 'Unowned' });
    const open = await app.gql('mutation ($k: ID!) { openReview(subjectKind: METRIC, subjectKey: $k) { id } }', { k: unowned }, executive);
    expect(open.errors?.[0]).toMatchObject({ message: expect.stringContaining(unowned), extensions: { code: 'BAD_USER_INPUT', field: 'ownerUserId' } });

    const key = await ownedMetric();
    const other = await createMetric(app);
    const opened = await app.gql('mutation ($k: ID!) { openReview(subjectKind: METRIC, subjectKey: $k) { id } }', { k: key }, executive);
    const id = opened.data.openReview.id as string;
    const items = async () => Number((await app.db.query('SELECT count(*) AS n FROM review_action_item WHERE review_id = $1', [id]))[0].n);
    const ADD = 'mutation ($input: ReviewActionItemInput!) { addReviewActionItem(input: $input) { id } }';
    const base = { reviewId: id, metricKey: key, ownerUserId: owner.userId, dueDate: '2026-05-01', text: 'Do it' };
    for (const [input, field] of [
      [{ ...base, ownerUserId: null }, 'ownerUserId'],
      [{ ...base, dueDate: null }, 'dueDate'],
      [{ ...base, dueDate: '2026-02-30' }, 'dueDate'],
      [{ ...base, text: '   ' }, 'text'],
      [{ ...base, metricKey: other }, 'metricKey'],
      [{ ...base, ownerUserId: '00000000-0000-0000-0000-000000000000' }, 'ownerUserId'],
    ] as const) {
      const response = await app.gql(ADD, { input }, owner);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await items()).toBe(0);
    const comment = await app.gql('mutation ($id: ID!, $k: ID!) { commentReviewKpi(reviewId: $id, metricKey: $k, comment: "x") { comment } }', { id, k: other }, owner);
    expect(comment.errors?.[0]).toMatchObject({ message: expect.stringContaining(other), extensions: { code: 'BAD_USER_INPUT', field: 'metricKey' } });
    expect((await app.db.query('SELECT count(*) AS n FROM review_kpi WHERE review_id = $1 AND comment IS NOT NULL', [id]))[0].n).toBe('0');
  });
});

describe('who may do what', () => {
  it('lets the owner work on the review, executives read it, and nobody else either', async () => {
    const key = await ownedMetric();
    const id = (await app.gql('mutation ($k: ID!) { openReview(subjectKind: METRIC, subjectKey: $k) { id } }', { k: key })).data.openReview.id as string;
    const read = `query ($id: ID!) { review(id: $id) { id editable } }`;
    expect((await app.gql(read, { id }, owner)).data.review).toEqual({ id, editable: true });
    expect((await app.gql(read, { id }, executive)).data.review).toEqual({ id, editable: true });
    const refused = await app.gql(read, { id }, outsider);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const comment = await app.gql('mutation ($id: ID!, $k: ID!) { commentReviewKpi(reviewId: $id, metricKey: $k, comment: "x") { comment } }', { id, k: key }, executive);
    expect(comment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const board = await app.gql('{ reviewBoard { open { id } overdue { id } } }', {}, outsider);
    expect([...board.data.reviewBoard.open, ...board.data.reviewBoard.overdue]).toEqual([]);
  });
});

describe('opening with two instances', () => {
  it('opens each due review exactly once', async () => {
    const keys = [await ownedMetric(), await ownedMetric(), await ownedMetric()];
    const replica = await createTestApp({ replicaOf: app });
    await replica.services.reviewScheduler.stop();
    try {
      const at = new Date('2026-06-01T08:00:00.000Z');
      const reviews = async () => (await app.db.query('SELECT count(*)::int AS n FROM review'))[0].n as number;
      const before = await reviews();
      const opened = await Promise.all([app.services.reviews.openDue(at), replica.services.reviews.openDue(at), app.services.reviews.openDue(at), replica.services.reviews.openDue(at)]);
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM review WHERE subject_key = ANY($1) AND period_from = '2026-04-30T22:00:00Z'`, [keys]);
      expect(n).toBe(3);
      // The other subjects of this file open their reviews due then too: each counted by exactly one call.
      expect(opened.reduce((sum, count) => sum + count, 0)).toBe((await reviews()) - before);
      const [{ events }] = await app.db.query(`SELECT count(*)::int AS events FROM audit_event WHERE object_type = 'REVIEW' AND action = 'CREATE' AND object_id IN (SELECT id::text FROM review WHERE subject_key = ANY($1) AND period_from = '2026-04-30T22:00:00Z')`, [keys]);
      expect(events).toBe(3);
    } finally {
      await replica.close();
    }
  });
});
