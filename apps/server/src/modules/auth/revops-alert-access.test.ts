import { createMetric, record } from '../../testing/fixtures';
import { createLead, insertReps } from '../../testing/lead-fixtures';
import { createTestApp, subscription, waitFor, type Credentials, type GqlResponse, type TestApp } from '../../testing/test-app';

/**
 * Who may see and change alerts, webhooks, digests and the RevOps data (leads, funnel, SLAs), for realistic
 * principals, over real HTTP and WebSockets.
 */
type Who = 'admin' | 'executive' | 'salesHead' | 'csHead' | 'viewer' | 'readKey' | 'salesIngest' | 'opsIngest';

let app: TestApp;
const as = {} as Record<Who, Credentials>;
const names = {} as Record<Who, string>;

beforeAll(async () => {
  // The endpoint below is on loopback, which webhooks reach only when allowed.
  app = await createTestApp({ env: { ALERT_TICK_MS: '20', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
  as.admin = app.admin;
  as.executive = await app.signIn('EXECUTIVE');
  as.salesHead = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
  as.csHead = await app.signIn('DEPARTMENT_HEAD', ['CUSTOMER_SUCCESS']);
  as.viewer = await app.signIn('VIEWER', ['MARKETING', 'PRODUCT']);
  as.readKey = await app.apiKey(['READ']);
  as.salesIngest = await app.apiKey(['INGEST'], 'SALES');
  as.opsIngest = await app.apiKey(['INGEST'], 'OPERATIONS');
  for (const who of Object.keys(as) as Who[]) names[who] = (await app.gql(`{ viewer { name } }`, {}, as[who])).data.viewer.name;
  await insertReps(app, [{ key: 'sam', territories: ['SOUTH'], specialisations: [], capacity: 100 }]);
});
afterAll(() => app.close());

const gql = (who: Who, query: string, variables: Record<string, unknown> = {}) => app.gql(query, variables, as[who]);

function expectForbidden(response: GqlResponse): void {
  expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
}

function expectOk(response: GqlResponse): any {
  expect(response.errors).toBeUndefined();
  return response.data;
}

const HOUR = 3_600_000;
let hours = 0;

async function createRule(metricKey: string): Promise<string> {
  const data = expectOk(await gql('admin', `mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { id } }`, {
    input: { name: `high ${metricKey}`, metricKey, kind: 'THRESHOLD', params: { threshold: 10 }, granularity: 'HOUR' },
  }));
  return data.createAlertRule.id;
}

/** A real write above the rule's threshold; resolves with the alert it raises. */
async function raise(metricKey: string, ruleId: string): Promise<string> {
  await record(app, [{ metricKey, value: 50, at: new Date(Date.now() - (48 - hours++) * HOUR).toISOString() }]);
  let alertId: string | undefined;
  await waitFor(async () => {
    const { data } = await gql('admin', `query ($key: ID!) { alerts(metricKey: $key) { id rule { id } } }`, { key: metricKey });
    alertId = data.alerts.find((alert: any) => alert.rule.id === ruleId)?.id;
    return alertId !== undefined;
  }, 10_000);
  return alertId!;
}

describe('alerts and alert rules', () => {
  let salesMetric: string;
  let csMetric: string;
  let marketingMetric: string;
  let salesRule: string;
  let csRule: string;
  let salesAlert: string;
  let csAlert: string;

  beforeAll(async () => {
    salesMetric = await createMetric(app, { department: 'SALES' });
    csMetric = await createMetric(app, { department: 'CUSTOMER_SUCCESS' });
    marketingMetric = await createMetric(app, { department: 'MARKETING' });
    salesRule = await createRule(salesMetric);
    csRule = await createRule(csMetric);
    // The CUSTOMER_SUCCESS alert is raised first: the SALES one is the newest.
    csAlert = await raise(csMetric, csRule);
    salesAlert = await raise(salesMetric, salesRule);
  });

  it.each<[Who, string[]]>([
    ['executive', ['sales', 'cs']],
    ['salesHead', ['sales']],
    ['csHead', ['cs']],
    ['viewer', []],
    ['readKey', ['sales', 'cs']],
  ])('alerts as %s lists the alerts of the metrics it reads at DETAIL only', async (who, expected) => {
    const data = expectOk(await gql(who, `{ alerts(first: 200) { id metricKey } }`));
    const ids = { sales: salesAlert, cs: csAlert };
    const mine = data.alerts.filter((alert: any) => alert.id === salesAlert || alert.id === csAlert).map((alert: any) => alert.id);
    expect(mine).toEqual(expected.map((key) => ids[key as keyof typeof ids]));
  });

  it('fills a page with readable alerts, not with the newer ones the principal may not see', async () => {
    expect(expectOk(await gql('admin', `{ alerts(first: 1) { id } }`)).alerts).toEqual([{ id: salesAlert }]);
    expect(expectOk(await gql('csHead', `{ alerts(first: 1) { id } }`)).alerts).toEqual([{ id: csAlert }]);
    expect(expectOk(await gql('csHead', `query ($key: ID!) { alerts(metricKey: $key) { id } }`, { key: salesMetric })).alerts).toEqual([]);
  });

  it('alert(id) answers for a readable metric, is FORBIDDEN for another and null when unknown', async () => {
    const query = `query ($id: ID!) { alert(id: $id) { id metricKey } }`;
    expect(expectOk(await gql('salesHead', query, { id: salesAlert })).alert).toEqual({ id: salesAlert, metricKey: salesMetric });
    const denied = await gql('salesHead', query, { id: csAlert });
    expectForbidden(denied);
    expect(denied.errors![0].extensions).toMatchObject({ metricKey: csMetric });
    expectForbidden(await gql('viewer', query, { id: salesAlert }));
    expect(expectOk(await gql('viewer', query, { id: '00000000-0000-4000-8000-000000000000' })).alert).toBeNull();
  });

  it('alertRules lists the rules of readable metrics only', async () => {
    const rulesOf = async (who: Who, metricKey: string | null = null) =>
      expectOk(await gql(who, `query ($key: ID) { alertRules(metricKey: $key) { id } }`, { key: metricKey })).alertRules.map((rule: any) => rule.id);
    expect(await rulesOf('salesHead')).toContain(salesRule);
    expect(await rulesOf('salesHead')).not.toContain(csRule);
    expect(await rulesOf('salesHead', csMetric)).toEqual([]);
    expect(await rulesOf('csHead', csMetric)).toEqual([csRule]);
    expect(await rulesOf('executive')).toEqual(expect.arrayContaining([salesRule, csRule]));
  });

  it.each<[Who, 'sales' | 'cs' | 'marketing', boolean]>([
    ['executive', 'cs', true],
    ['salesHead', 'sales', true],
    ['salesHead', 'cs', false],
    ['csHead', 'sales', false],
    ['viewer', 'marketing', false],
    ['readKey', 'sales', false],
    ['salesIngest', 'sales', false],
  ])('createAlertRule as %s on a %s metric: allowed %s', async (who, department, allowed) => {
    const metricKey = { sales: salesMetric, cs: csMetric, marketing: marketingMetric }[department];
    const response = await gql(who, `mutation ($input: AlertRuleInput!) { createAlertRule(input: $input) { metricKey } }`, {
      input: { name: 'low', metricKey, kind: 'THRESHOLD', params: { threshold: -1, side: 'BELOW' } },
    });
    if (allowed) expect(expectOk(response).createAlertRule).toEqual({ metricKey });
    else expectForbidden(response);
  });

  it('setAlertRuleActive is for who edits the rule\'s metric', async () => {
    const mutation = `mutation ($id: ID!) { setAlertRuleActive(id: $id, active: true) { id active } }`;
    expectForbidden(await gql('csHead', mutation, { id: salesRule }));
    expectForbidden(await gql('viewer', mutation, { id: salesRule }));
    expect(expectOk(await gql('salesHead', mutation, { id: salesRule })).setAlertRuleActive).toEqual({ id: salesRule, active: true });
    expect((await gql('salesHead', `mutation { setAlertRuleActive(id: "nope", active: true) { id } }`)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('acknowledgeAlert and resolveAlert are for who edits the metric, and record the principal as who did it', async () => {
    const acknowledge = `mutation ($id: ID!) { acknowledgeAlert(id: $id) { state acknowledgedBy } }`;
    const resolve = `mutation ($id: ID!, $by: String) { resolveAlert(id: $id, by: $by) { state resolvedBy } }`;
    for (const who of ['csHead', 'viewer', 'readKey'] as const) {
      expectForbidden(await gql(who, acknowledge, { id: salesAlert }));
      expectForbidden(await gql(who, resolve, { id: salesAlert }));
    }
    expect(expectOk(await gql('admin', `query ($id: ID!) { alert(id: $id) { state } }`, { id: salesAlert })).alert).toEqual({ state: 'OPEN' });
    expect(expectOk(await gql('salesHead', acknowledge, { id: salesAlert })).acknowledgeAlert).toEqual({ state: 'ACKNOWLEDGED', acknowledgedBy: names.salesHead });
    expectForbidden(await gql('salesHead', resolve, { id: csAlert }));
    // The deprecated `by` is still accepted, and ignored: nobody acts under another name.
    expect(expectOk(await gql('executive', resolve, { id: salesAlert, by: 'ceo on call' })).resolveAlert).toEqual({ state: 'RESOLVED', resolvedBy: names.executive });
  });
});

describe('subscriptions', () => {
  it('alertRaised delivers an alert only to subscribers who read its metric at DETAIL', async () => {
    const salesMetric = await createMetric(app, { department: 'SALES' });
    const csMetric = await createMetric(app, { department: 'CUSTOMER_SUCCESS' });
    const [salesRule, csRule] = [await createRule(salesMetric), await createRule(csMetric)];
    const feed = `subscription { alertRaised { id metricKey rule { id } } }`;
    const before = app.services.alerts.feedSubscribers;
    const salesFeed = subscription(app.wsClient(as.salesHead), feed, {});
    const csFeed = subscription(app.wsClient(as.csHead), feed, {});
    const csChanges = subscription(app.wsClient(as.csHead), `subscription { alertChanged { change alert { id metricKey } } }`, {});
    await waitFor(() => app.services.alerts.feedSubscribers === before + 3);

    const salesAlert = await raise(salesMetric, salesRule);
    expect((await salesFeed.next((value: any) => value.alertRaised.rule.id === salesRule, 10_000)).alertRaised).toMatchObject({ id: salesAlert, metricKey: salesMetric });
    const csAlert = await raise(csMetric, csRule);
    // Events reach a subscriber in order: the first the CUSTOMER_SUCCESS head gets is its own, the SALES one was skipped.
    expect((await csFeed.next(() => true, 10_000)).alertRaised).toMatchObject({ id: csAlert, metricKey: csMetric });
    expect((await csChanges.next(() => true, 10_000)).alertChanged).toEqual({ change: 'RAISED', alert: { id: csAlert, metricKey: csMetric } });
    for (const feedOf of [salesFeed, csFeed, csChanges]) feedOf.dispose();
  });

  it('leadChanged and slaBreached are FORBIDDEN to a non-RevOps principal, whose socket stays open', async () => {
    const client = app.wsClient(as.csHead);
    for (const query of [`subscription { leadChanged { id } }`, `subscription { slaBreached { id } }`]) {
      const denied = subscription(client, query, {});
      await expect(denied.next()).rejects.toThrow(/FORBIDDEN/);
    }
    // The same connection still serves what the principal may read.
    const metricKey = await createMetric(app, { department: 'CUSTOMER_SUCCESS' });
    const ruleId = await createRule(metricKey);
    const before = app.services.alerts.feedSubscribers;
    const feed = subscription(client, `subscription { alertRaised { id } }`, {});
    await waitFor(() => app.services.alerts.feedSubscribers === before + 1);
    const alertId = await raise(metricKey, ruleId);
    expect((await feed.next(() => true, 10_000)).alertRaised).toEqual({ id: alertId });
    feed.dispose();
  });

  it('leadChanged reaches the SALES head and slaBreached a MARKETING viewer', async () => {
    expect(expectOk(await gql('admin', `mutation { updateSlaPolicy(key: "new_lead_processing", input: { durationSeconds: 1 }) { durationSeconds } }`))
      .updateSlaPolicy).toEqual({ durationSeconds: 1 });
    const changes = subscription(app.wsClient(as.salesHead), `subscription { leadChanged { id region } }`, {});
    const breaches = subscription(app.wsClient(as.viewer), `subscription { slaBreached { lead { id } } }`, {});
    // Both subscriptions are registered once a first lead's change arrives.
    await waitFor(async () => {
      await createLead(app, { region: 'SOUTH' });
      return changes.next(() => true, 200).then(() => true, () => false);
    }, 10_000);
    // Nobody covers NORTH: the lead waits unassigned until its deadline passes.
    const lead = expectOk(await gql('salesIngest', `mutation { createLead(input: { channel: "webinar", region: "NORTH", segment: "SMB" }) { id } }`)).createLead;
    expect((await changes.next((value: any) => value.leadChanged.id === lead.id)).leadChanged).toEqual({ id: lead.id, region: 'NORTH' });
    expect((await breaches.next((value: any) => value.slaBreached.lead.id === lead.id, 10_000)).slaBreached).toEqual({ lead: { id: lead.id } });
    changes.dispose();
    breaches.dispose();
  });
});

describe('webhooks', () => {
  const create = `mutation { createWebhookEndpoint(input: { name: "crm", url: "http://127.0.0.1:9/hook", eventTypes: [DIGEST] }) { endpoint { id } } }`;

  it('are for ADMINs only', async () => {
    const endpoint = expectOk(await gql('admin', create)).createWebhookEndpoint.endpoint;
    const deactivate = `mutation ($id: ID!) { setWebhookEndpointActive(id: $id, active: false) { id active } }`;
    expect(expectOk(await gql('admin', deactivate, { id: endpoint.id })).setWebhookEndpointActive).toEqual({ id: endpoint.id, active: false });
    expect(expectOk(await gql('admin', `{ webhookEndpoints { id } }`)).webhookEndpoints).toContainEqual({ id: endpoint.id });
    expect(expectOk(await gql('admin', `{ webhookDeliveries { id } }`)).webhookDeliveries).toEqual(expect.any(Array));
    for (const who of ['executive', 'salesHead', 'readKey'] as const) {
      expectForbidden(await gql(who, `{ webhookEndpoints { id } }`));
      expectForbidden(await gql(who, `{ webhookDeliveries { id } }`));
      expectForbidden(await gql(who, create));
      expectForbidden(await gql(who, deactivate, { id: endpoint.id }));
    }
  });
});

describe('digests', () => {
  const subscribe = `mutation ($slug: String!) { createDigestSubscription(input: { dashboardSlug: $slug, cadence: DAILY }) { id dashboardSlug } }`;
  const run = `mutation ($id: ID!) { runDigest(subscriptionId: $id) { id dashboardSlug } }`;
  const subscriptionsOf = async (who: Who) =>
    expectOk(await gql(who, `{ digestSubscriptions { id dashboardSlug } }`)).digestSubscriptions.map((s: any) => s.dashboardSlug).sort();
  const outboxOf = async (who: Who) => expectOk(await gql(who, `{ digestOutbox(first: 200) { id dashboardSlug } }`)).digestOutbox.map((m: any) => m.dashboardSlug).sort();
  let salesSubscription: string;
  let executiveSubscription: string;

  it.each<[Who, string, boolean]>([
    ['salesHead', 'sales', true],
    ['executive', 'executive', true],
    ['executive', 'marketing', true],
    ['csHead', 'sales', false],
    ['salesHead', 'executive', false],
    // Smarketing is MARKETING's, shared with SALES: its heads share its digests.
    ['salesHead', 'marketing', true],
    ['csHead', 'marketing', false],
    ['viewer', 'marketing', false],
    ['readKey', 'sales', false],
  ])('createDigestSubscription as %s of the %s dashboard: allowed %s', async (who, slug, allowed) => {
    const response = await gql(who, subscribe, { slug });
    if (!allowed) return expectForbidden(response);
    const created = expectOk(response).createDigestSubscription;
    expect(created.dashboardSlug).toBe(slug);
    if (slug === 'sales') salesSubscription = created.id;
    if (slug === 'executive') executiveSubscription = created.id;
  });

  it('sends digests to a webhook endpoint only for ADMINs, who manage the endpoints', async () => {
    const toEndpoint = `mutation { createDigestSubscription(input: { dashboardSlug: "sales", cadence: WEEKLY, webhookEndpointId: "00000000-0000-4000-8000-000000000000" }) { id } }`;
    expectForbidden(await gql('salesHead', toEndpoint));
  });

  it('digestSubscriptions lists the subscriptions of the departments the principal reads in full (a digest lists open alerts)', async () => {
    expect(await subscriptionsOf('executive')).toEqual(['executive', 'marketing', 'marketing', 'sales']);
    expect(await subscriptionsOf('salesHead')).toEqual(['marketing', 'marketing', 'sales']);
    expect(await subscriptionsOf('csHead')).toEqual([]);
    expect(await subscriptionsOf('viewer')).toEqual(['marketing', 'marketing']);
  });

  it('runDigest is for who edits the dashboard\'s department, markDigestSent also for a key reading it; the outbox shows read departments only', async () => {
    expectForbidden(await gql('csHead', run, { id: salesSubscription }));
    expectForbidden(await gql('viewer', run, { id: salesSubscription }));
    // Department heads open the company dashboard but do not edit it.
    expectForbidden(await gql('salesHead', run, { id: executiveSubscription }));
    const message = expectOk(await gql('salesHead', run, { id: salesSubscription })).runDigest;
    expect(message.dashboardSlug).toBe('sales');

    expect(await outboxOf('salesHead')).toEqual(['sales']);
    expect(await outboxOf('csHead')).toEqual([]);
    expect(await outboxOf('viewer')).toEqual([]);

    const markSent = `mutation ($id: ID!) { markDigestSent(id: $id) { id sentAt } }`;
    expectForbidden(await gql('csHead', markSent, { id: message.id }));
    expectForbidden(await gql('opsIngest', markSent, { id: message.id }));
    // A mail relay marks what it sent with a key that reads the department.
    expect(expectOk(await gql('readKey', markSent, { id: message.id })).markDigestSent.sentAt).toEqual(expect.any(String));
  });
});

describe('RevOps reads', () => {
  let leadId: string;
  beforeAll(async () => {
    leadId = (await createLead(app, { region: 'SOUTH' })).id;
  });

  const reads: Array<[string, string]> = [
    ['slaPolicies', `{ slaPolicies { key } }`],
    ['slaBreaches', `{ slaBreaches { id } }`],
    ['leads', `{ leads { totalCount } }`],
    ['lead', `query ($id: ID!) { lead(id: $id) { id } }`],
    ['salesReps', `{ salesReps { key } }`],
    ['leadScoring', `{ leadScoring { mqlThreshold } }`],
    ['funnel', `{ funnel(groupBy: "channel", filter: [{ dimension: "region", values: ["SOUTH"] }]) { total { stages { entered } } } }`],
  ];

  it.each(reads)('%s is for principals who read SALES or MARKETING', async (field, query) => {
    for (const who of ['executive', 'salesHead', 'viewer', 'readKey'] as const) {
      const data = expectOk(await gql(who, query, { id: leadId }));
      expect(data[field]).not.toBeNull();
    }
    for (const who of ['csHead', 'opsIngest'] as const) expectForbidden(await gql(who, query, { id: leadId }));
  });

  it('updateSlaPolicy is for ADMINs only', async () => {
    const update = `mutation { updateSlaPolicy(key: "new_lead_processing", input: { active: true }) { key active } }`;
    for (const who of ['executive', 'salesHead', 'viewer'] as const) expectForbidden(await gql(who, update));
    expect(expectOk(await gql('admin', update)).updateSlaPolicy).toEqual({ key: 'new_lead_processing', active: true });
  });
});

describe('RevOps writes', () => {
  const create = `mutation { createLead(input: { channel: "partner", region: "SOUTH", segment: "SMB" }) { id } }`;

  it.each<[Who, boolean]>([
    ['salesIngest', true],
    ['salesHead', true],
    ['executive', true],
    ['opsIngest', false],
    ['csHead', false],
    ['viewer', false],
    ['readKey', false],
  ])('createLead as %s: allowed %s', async (who, allowed) => {
    const response = await gql(who, create);
    if (allowed) expect(expectOk(response).createLead.id).toEqual(expect.any(String));
    else expectForbidden(response);
  });

  it('importLeads, transitionLead, logLeadContact and assignLead take an editor of SALES or MARKETING leads', async () => {
    const importLeads = `mutation { importLeads(input: [{ externalId: "crm-1", channel: "partner", region: "SOUTH", segment: "SMB" }]) { created } }`;
    const lead = (await createLead(app, { region: 'SOUTH' })).id;
    const writes: Array<[string, Record<string, unknown>]> = [
      [`mutation ($id: ID!) { logLeadContact(id: $id, input: { kind: CALL }) { id } }`, { id: lead }],
      [`mutation ($id: ID!) { assignLead(id: $id, input: { repKey: "sam" }) { id } }`, { id: lead }],
      [`mutation ($id: ID!) { transitionLead(id: $id, input: { to: MQL }) { id } }`, { id: lead }],
      [importLeads, {}],
    ];
    for (const [mutation, variables] of writes) {
      for (const who of ['opsIngest', 'csHead', 'viewer', 'readKey'] as const) expectForbidden(await gql(who, mutation, variables));
      expectOk(await gql('salesIngest', mutation, variables));
    }
    const { data } = await gql('salesHead', `query ($id: ID!) { lead(id: $id) { status owner { key } journey { kind } } }`, { id: lead });
    expect(data.lead).toMatchObject({ status: 'MQL', owner: { key: 'sam' } });
    expect(data.lead.journey.map((event: any) => event.kind)).toEqual(expect.arrayContaining(['CONTACTED', 'ASSIGNED', 'TRANSITIONED']));
  });
});
