import { createMetric } from '../../testing/fixtures';
import { startSmtpSink, type ReceivedMail } from '../../testing/smtp-sink';
import { createTestApp, waitFor, type Credentials, type TestApp } from '../../testing/test-app';

// The organisation's zone is Europe/Madrid: March 2026 runs from 2026-02-28T23:00Z to 2026-03-31T22:00Z, its
// monthly review opens at that instant and is due five days later, at local midnight (2026-04-05T22:00Z).
const FEBRUARY_REVIEW_OPENS = new Date('2026-03-31T21:59:59.000Z');
const MARCH_REVIEW_OPENS = new Date('2026-03-31T22:00:00.000Z');

let app: TestApp;
let replica: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let owner: Credentials & { userId: string };
let assignee: Credentials & { userId: string };

beforeAll(async () => {
  smtp = await startSmtpSink();
  const env = { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) };
  app = await createTestApp({ seedCatalog: false, env });
  // A second instance on the same database: both open reviews and scan for overdue ones.
  replica = await createTestApp({ replicaOf: app, env });
  // Reviews are opened and scanned by hand at fixed instants here; the timers would use today.
  await app.services.reviewScheduler.stop();
  await replica.services.reviewScheduler.stop();
  owner = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  assignee = await app.signIn('VIEWER', ['SALES']);
  expect((await app.gql('mutation { updateMyPreferences(input: { locale: "es" }) { locale } }', {}, owner)).errors).toBeUndefined();
}, 180_000);
afterAll(async () => {
  await replica?.close();
  await app?.close();
  await smtp?.close();
});

const emailOf = async (userId: string) => (await app.db.query('SELECT email FROM app_user WHERE id = $1', [userId]))[0].email as string;
const mailsTo = (address: string) => smtp.messages.filter((mail) => mail.to.includes(address));
/** The HTML part of a message (its text part repeats what the user typed as plain text, as it should). */
const htmlOf = (mail: ReceivedMail) => mail.body.slice(mail.body.indexOf('<!doctype html>'), mail.body.indexOf('</html>') + 7);
/** Every queued delivery sent: nothing more arrives after this. */
async function settled(): Promise<void> {
  await waitFor(async () => Number((await app.db.query(`SELECT count(*) AS n FROM webhook_delivery WHERE state = 'PENDING'`))[0].n) === 0);
  const failed = await app.db.query(`SELECT id, last_error FROM webhook_delivery WHERE state = 'FAILED'`);
  expect(failed).toEqual([]);
}

const NAME = 'Bookings <i>"Q1"</i> & co';
const ITEM = 'Call <script>alert(1)</script> & fix the pipeline';
let metricKey: string;
let reviewId: string;
let dashboardSlug: string;

describe('review notices through the notification channels', () => {
  it("tells a review's owner once, in their language, and the channels of the metric's alert rules in theirs", async () => {
    metricKey = await createMetric(app, { name: NAME, department: 'SALES' });
    expect((await app.gql('mutation ($k: ID!, $o: ID!) { updateMetric(key: $k, input: { ownerUserId: $o, reviewCadence: MONTHLY }) { key } }', { k: metricKey, o: owner.userId })).errors).toBeUndefined();
    const channel = await app.gql(`mutation { createChannel(input: { name: "Sales desk", kind: EMAIL, department: SALES, recipients: ["sales-desk@x.test"] }) { channel { id } } }`);
    expect(channel.errors).toBeUndefined();
    const rule = await app.gql(`mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
      input: { name: 'Bookings floor', metricKey, kind: 'THRESHOLD', params: { threshold: 1 }, channelIds: [channel.data.createChannel.channel.id] },
    });
    expect(rule.errors).toBeUndefined();

    // Both instances open March's review at once: one opens it, and only that one tells anybody.
    const opened = await Promise.all([app.services.reviews.openDue(MARCH_REVIEW_OPENS), replica.services.reviews.openDue(MARCH_REVIEW_OPENS)]);
    expect(opened[0] + opened[1]).toBe(1);
    [{ id: reviewId }] = await app.db.query('SELECT id FROM review WHERE subject_key = $1', [metricKey]);
    await settled();

    const ownerMails = mailsTo(await emailOf(owner.userId));
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0]!.subject).toBe(`[OpsHub] Revisión abierta: ${NAME} (revisión mensual)`);
    const html = htmlOf(ownerMails[0]!);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Tu revisión mensual de Bookings &lt;i&gt;&quot;Q1&quot;&lt;/i&gt; &amp; co está abierta para 1 mar 2026 – 31 mar 2026.');
    expect(html).toContain('Complétala antes del 6 abr 2026, 0:00.');
    expect(html).not.toContain('<i>');

    const desk = mailsTo('sales-desk@x.test');
    expect(desk).toHaveLength(1);
    expect(desk[0]!.subject).toBe(`[OpsHub] Review open: ${NAME} (monthly review)`);
    expect(htmlOf(desk[0]!)).toContain('Your monthly review of Bookings &lt;i&gt;&quot;Q1&quot;&lt;/i&gt; &amp; co is open for Mar 1, 2026 – Mar 31, 2026.');
    expect(htmlOf(desk[0]!)).toContain('Complete it by Apr 6, 2026, 12:00 AM.');

    // Opened already: neither another scan nor telling again sends anything.
    expect(await replica.services.reviews.openDue(MARCH_REVIEW_OPENS)).toBe(0);
    expect(await app.db.transaction((tx) => app.services.reviewNotices.reviewOpened(tx, reviewId))).toBe(false);
    await settled();
    expect(mailsTo(await emailOf(owner.userId))).toHaveLength(1);
  }, 60_000);

  it('tells whoever gets an action item, then each owner once when the item and the review are overdue, whichever instance scans', async () => {
    const added = await app.gql(`mutation ($input: ReviewActionItemInput!) { addReviewActionItem(input: $input) { id overdue } }`, {
      input: { reviewId, metricKey, ownerUserId: assignee.userId, dueDate: '2026-04-03', text: ITEM },
    }, owner);
    expect(added.errors).toBeUndefined();
    await settled();
    const assigneeEmail = await emailOf(assignee.userId);
    const assigned = mailsTo(assigneeEmail);
    expect(assigned).toHaveLength(1);
    expect(assigned[0]!.subject).toBe('[OpsHub] Action item for you: Call <script>alert(1)</script> & fix the pipeline');
    const html = htmlOf(assigned[0]!);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('You own an action item from the monthly review of Bookings &lt;i&gt;&quot;Q1&quot;&lt;/i&gt; &amp; co:');
    expect(html).toContain('<p style="margin:8px 0">Call &lt;script&gt;alert(1)&lt;/script&gt; &amp; fix the pipeline</p>');
    expect(html).toContain('Due: Apr 3, 2026');
    expect(html).not.toContain('<script>');

    // 4 April, noon in Madrid: the item (due 3 April) is overdue, the review (due 6 April, 00:00) is not yet.
    const scan = (now: Date) => Promise.all([app.services.reviewNotices.notifyOverdue(now), replica.services.reviewNotices.notifyOverdue(now)]);
    const fourth = await scan(new Date('2026-04-04T10:00:00Z'));
    expect(fourth[0] + fourth[1]).toBe(1);
    // The review's due instant itself: overdue from then on.
    const sixth = await scan(new Date('2026-04-05T22:00:00Z'));
    expect(sixth[0] + sixth[1]).toBe(1);
    const again = await scan(new Date('2026-04-20T10:00:00Z'));
    expect(again).toEqual([0, 0]);
    await settled();

    const assigneeMails = mailsTo(assigneeEmail);
    expect(assigneeMails.map((mail) => mail.subject)).toEqual([
      '[OpsHub] Action item for you: Call <script>alert(1)</script> & fix the pipeline',
      '[OpsHub] Action item overdue: Call <script>alert(1)</script> & fix the pipeline',
    ]);
    expect(htmlOf(assigneeMails[1]!)).toContain('An action item you own from the monthly review of Bookings &lt;i&gt;&quot;Q1&quot;&lt;/i&gt; &amp; co is past its due date and still open:');
    const ownerMails = mailsTo(await emailOf(owner.userId));
    expect(ownerMails.map((mail) => mail.subject)).toEqual([`[OpsHub] Revisión abierta: ${NAME} (revisión mensual)`, `[OpsHub] Revisión vencida: ${NAME}`]);
    expect(htmlOf(ownerMails[1]!)).toContain('Tu revisión mensual de Bookings &lt;i&gt;&quot;Q1&quot;&lt;/i&gt; &amp; co para 1 mar 2026 – 31 mar 2026 vencía el 6 abr 2026, 0:00 y no está completada.');
    // The metric's channel heard each of the four, in English.
    expect(mailsTo('sales-desk@x.test').map((mail) => mail.subject)).toEqual([
      `[OpsHub] Review open: ${NAME} (monthly review)`,
      '[OpsHub] Action item for you: Call <script>alert(1)</script> & fix the pipeline',
      '[OpsHub] Action item overdue: Call <script>alert(1)</script> & fix the pipeline',
      `[OpsHub] Review overdue: ${NAME}`,
    ]);
    // The delivery log shows the e-mails to people as such.
    const log = await app.gql('{ webhookDeliveries { recipient eventType } }');
    expect(log.data.webhookDeliveries.filter((d: { recipient: string | null }) => d.recipient === assigneeEmail)).toEqual([
      { recipient: assigneeEmail, eventType: 'REVIEW' }, { recipient: assigneeEmail, eventType: 'REVIEW' },
    ]);
  }, 60_000);

  it("lists the open reviews and action items of a personal digest's reader, overdue ones marked", async () => {
    const dashboard = await app.gql(`mutation ($input: DashboardInput!) { createDashboard(input: $input, department: SALES) { slug } }`, {
      input: { title: 'Sales desk', widgets: [{ id: 'k', type: 'KPI', metricKeys: [metricKey], x: 0, y: 0, w: 3, h: 3 }] },
    });
    expect(dashboard.errors).toBeUndefined();
    const slug = dashboard.data.createDashboard.slug as string;
    const digest = async (as: Credentials) => {
      const signed = await app.gql(`mutation ($input: DigestSignupInput!) { subscribeToDigest(input: $input) { id } }`, { input: { dashboardSlug: slug, cadence: 'DAILY' } }, as);
      expect(signed.errors).toBeUndefined();
      const run = await app.gql(`mutation ($id: ID!) { runDigest(subscriptionId: $id) { html } }`, { id: signed.data.subscribeToDigest.id }, as);
      expect(run.errors).toBeUndefined();
      return run.data.runDigest.html as string;
    };
    // Today the review (due April 2026) and the item are both overdue.
    const ownerHtml = await digest(owner);
    expect(ownerHtml).toContain('>Tus revisiones y acciones</h2>');
    expect(ownerHtml).toMatch(/<li style="margin:4px 0"><span style="[^"]*background:#b91c1c[^"]*">Vencida<\/span> <strong>Bookings &lt;i&gt;&quot;Q1&quot;&lt;\/i&gt; &amp; co<\/strong>, vence el 6 abr 2026, 0:00<\/li>/);
    expect(ownerHtml).toContain('No hay acciones abiertas.');
    const assigneeHtml = await digest(assignee);
    expect(assigneeHtml).toContain('>Your reviews and action items</h2>');
    expect(assigneeHtml).toContain('No open reviews.');
    expect(assigneeHtml).toMatch(/<li style="margin:4px 0"><span style="[^"]*">Overdue<\/span> Call &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; fix the pipeline \(Bookings &lt;i&gt;&quot;Q1&quot;&lt;\/i&gt; &amp; co\), due Apr 3, 2026<\/li>/);
    expect(assigneeHtml).not.toContain('<script>');
    dashboardSlug = slug;
  }, 60_000);

  it("tells a dashboard review's owner and the channels the dashboard's digests go to, each in their language", async () => {
    const channel = await app.gql(`mutation { createChannel(input: { name: "Dashboard desk", kind: EMAIL, department: SALES, recipients: ["dash-desk@x.test"], locale: "es" }) { channel { id } } }`);
    expect(channel.errors).toBeUndefined();
    const toChannel = await app.gql(`mutation ($input: DigestSignupInput!) { subscribeToDigest(input: $input) { id } }`, {
      input: { dashboardSlug, cadence: 'WEEKLY', channelId: channel.data.createChannel.channel.id },
    }, owner);
    expect(toChannel.errors).toBeUndefined();
    const settings = await app.gql('mutation ($s: ID!, $o: ID!) { setDashboardReview(slug: $s, ownerUserId: $o, cadence: WEEKLY) { cadence } }', { s: dashboardSlug, o: owner.userId }, owner);
    expect(settings.errors).toBeUndefined();
    // Monday 6 April 2026, 00:00 in Madrid: the week of 30 March to 5 April is due (March's metric review is open already).
    expect(await app.services.reviews.openDue(new Date('2026-04-05T22:00:00Z'))).toBe(1);
    await settled();
    const subject = '[OpsHub] Revisión abierta: Sales desk (revisión semanal)';
    expect(mailsTo(await emailOf(owner.userId)).filter((mail) => mail.subject === subject)).toHaveLength(1);
    const desk = mailsTo('dash-desk@x.test');
    expect(desk.map((mail) => mail.subject)).toEqual([subject]);
    expect(htmlOf(desk[0]!)).toContain('Tu revisión semanal de Sales desk está abierta para 30 mar 2026 – 5 abr 2026.');
  }, 60_000);
});

describe("a metric's review goes to the accountable owner of its process", () => {
  it('falls back to the metric owner without a RACI, and opens nothing for a metric with no owner at all', async () => {
    const metricOwner = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const accountable = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
    const executive = await app.signIn('EXECUTIVE');
    const cadence = async (key: string, ownerUserId: string | null) => {
      const response = await app.gql('mutation ($k: ID!, $o: ID) { updateMetric(key: $k, input: { ownerUserId: $o, reviewCadence: MONTHLY }) { key } }', { k: key, o: ownerUserId });
      expect(response.errors).toBeUndefined();
    };
    // Two metrics of the RENEWAL process (one with an owner, one without) and one of no process, with no owner.
    const renewalRate = await createMetric(app, { key: 'cs.renewal_rate', name: 'Renewal rate', department: 'CUSTOMER_SUCCESS' });
    const renewed = await createMetric(app, { key: 'cs.renewals_renewed', name: 'Renewals renewed', department: 'CUSTOMER_SUCCESS' });
    const orphan = await createMetric(app, { name: 'Orphan', department: 'CUSTOMER_SUCCESS' });
    await cadence(renewalRate, metricOwner.userId);
    await cadence(renewed, null);
    await cadence(orphan, null);
    await app.db.query(`DELETE FROM raci_assignment WHERE process = 'RENEWAL'`);

    // No RACI: February's review of the renewal rate goes to its owner; the others have nobody to go to.
    await app.services.reviews.openDue(FEBRUARY_REVIEW_OPENS);
    const ownersOf = async (periodFrom: string) => Object.fromEntries((await app.db.query(
      'SELECT subject_key, owner_user_id FROM review WHERE subject_key = ANY($1) AND period_from = $2', [[renewalRate, renewed, orphan], periodFrom],
    )).map((row: { subject_key: string; owner_user_id: string }) => [row.subject_key, row.owner_user_id]));
    expect(await ownersOf('2026-01-31T23:00:00Z')).toEqual({ [renewalRate]: metricOwner.userId });

    // A hand-built RACI: `accountable` is accountable for two of the three steps, the metric owner for one.
    await app.db.query(`INSERT INTO raci_assignment (process, step, position, responsible_user_id, accountable_user_id) VALUES
      ('RENEWAL', 'health_check', 0, $1, $2), ('RENEWAL', 'expansion_opportunity', 1, $1, $1), ('RENEWAL', 'renewal', 2, $1, $2)`, [metricOwner.userId, accountable.userId]);
    await app.services.reviews.openDue(MARCH_REVIEW_OPENS);
    expect(await ownersOf('2026-02-28T23:00:00Z')).toEqual({ [renewalRate]: accountable.userId, [renewed]: accountable.userId });
    await settled();
    expect(mailsTo(await emailOf(accountable.userId)).map((mail) => mail.subject).sort()).toEqual([
      '[OpsHub] Review open: Renewal rate (monthly review)', '[OpsHub] Review open: Renewals renewed (monthly review)',
    ]);

    // Opening the orphan's review by hand is refused, naming the field to set.
    const refused = await app.gql('mutation ($k: ID!) { openReview(subjectKind: METRIC, subjectKey: $k) { id } }', { k: orphan }, executive);
    expect(refused.errors?.[0]?.message).toBe(`Metric "${orphan}" has no owner to review it: pick its owner first`);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ownerUserId', subjectKey: orphan });
    expect(Number((await app.db.query('SELECT count(*) AS n FROM review WHERE subject_key = $1', [orphan]))[0].n)).toBe(0);
  }, 60_000);
});
