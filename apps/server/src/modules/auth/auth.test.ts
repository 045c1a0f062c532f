import WebSocket from 'ws';
import { createMetric } from '../../testing/fixtures';
import { createTestApp, credentialHeaders, gqlRequest, subscription, TEST_PASSWORD, waitFor, type Credentials, type TestApp } from '../../testing/test-app';
import { SESSION_COOKIE } from './auth.service';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt user { email role departments } } }`;
const VIEWER = `{ viewer { kind name role departments scopes expiresAt } }`;
const KPI_UPDATED = `subscription ($keys: [ID!]) { kpiUpdated(keys: $keys) { metric { key } value } }`;

async function login(app: TestApp, email: string, password: string) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  return { status: response.status, body: await response.json() as any, cookie: response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? null };
}

const tokenOf = (cookie: string) => cookie.slice(SESSION_COOKIE.length + 1).split(';')[0];

/** The close code of a graphql-ws connection made with these credentials (and headers), once the server closes it. */
function closeCodeOf(app: TestApp, as: Credentials): Promise<number> {
  return new Promise((resolve) => {
    app.wsClient(as, { on: { closed: (event) => resolve((event as { code: number }).code) } });
  });
}

/** A raw WebSocket upgrade with an Origin header: resolves with the HTTP status of a refusal, or 101 when it opened. */
function upgradeStatus(url: string, origin: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { headers: { origin } });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
  });
}

describe('users and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '3', LOGIN_WINDOW_SECONDS: '600', CREDENTIAL_RECHECK_MS: '100', DEMO_USERS: 'off' } });
  });
  afterAll(() => app.close());

  it('signs in with an httpOnly, SameSite cookie and stores only a scrypt hash of the password', async () => {
    const created = await app.gql(`mutation ($input: UserInput!) { createUser(input: $input) { id email role departments } }`, {
      input: { email: 'Head.Of.Sales@Example.com', name: 'Sales head', password: TEST_PASSWORD, role: 'DEPARTMENT_HEAD', departments: ['SALES'] },
    });
    expect(created.data.createUser).toMatchObject({ email: 'head.of.sales@example.com', role: 'DEPARTMENT_HEAD', departments: ['SALES'] });
    const [row] = await app.db.query(`SELECT password_hash FROM app_user WHERE email = 'head.of.sales@example.com'`);
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(TEST_PASSWORD);

    const signedIn = await login(app, 'HEAD.of.sales@example.com', TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.cookie).toMatch(/; HttpOnly/);
    expect(signedIn.cookie).toMatch(/; SameSite=Strict/);
    const viewer = await app.gql(VIEWER, {}, { sessionToken: tokenOf(signedIn.cookie!) });
    expect(viewer.data.viewer).toMatchObject({ kind: 'USER', name: 'Sales head', role: 'DEPARTMENT_HEAD', departments: ['SALES'], scopes: ['READ'] });
  });

  it('refuses a wrong password with 401 and rate-limits failed attempts per e-mail', async () => {
    const { userId } = await app.signIn('EXECUTIVE');
    const [{ email }] = await app.db.query('SELECT email FROM app_user WHERE id = $1', [userId]);
    for (let attempt = 1; attempt <= 3; attempt++) {
      const failed = await login(app, email, 'not the password');
      expect([failed.status, failed.body.errors[0].extensions.code, failed.body.errors[0].message]).toEqual([401, 'UNAUTHENTICATED', 'Wrong e-mail or password']);
    }
    // The fourth attempt is refused even with the right password, and says when to retry.
    const blocked = await login(app, email, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.cookie).toBeNull();
  });

  it('signs out: the cookie is cleared and the session stops working, also on its open WebSocket', async () => {
    const key = await createMetric(app);
    const session = await app.signIn('EXECUTIVE');
    const closed = closeCodeOf(app, session);
    const client = app.wsClient(session);
    const updates = subscription(client, KPI_UPDATED, { keys: [key] });
    await waitFor(() => app.services.live.subscriberCount() > 0);

    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentialHeaders(session) },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(response.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=; .*Max-Age=0`));
    const after = await app.gql(VIEWER, {}, session);
    expect([after.status, after.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(after.errors?.[0].message).toMatch(/session has expired or was signed out/);
    expect(await closed).toBe(4403);
    updates.dispose();
  });

  it('ends an expired session: 401 over HTTP, the open WebSocket closed with 4403, a new sign-in still possible over the stale cookie', async () => {
    const session = await app.signIn('VIEWER', ['MARKETING']);
    const closed = closeCodeOf(app, session);
    await waitFor(async () => (await app.gql(VIEWER, {}, session)).status === 200);
    await app.db.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [session.userId]);
    expect(await closed).toBe(4403);
    const expired = await app.gql(VIEWER, {}, session);
    expect([expired.status, expired.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const [{ email }] = await app.db.query('SELECT email FROM app_user WHERE id = $1', [session.userId]);
    const again = await gqlRequest(app.url, LOGIN, { email, password: TEST_PASSWORD }, session);
    expect(again.data.login.user.email).toBe(email);
  });

  it('closes a WebSocket when its session reaches its expiry time', async () => {
    const short = await createTestApp({ env: { SESSION_TTL_SECONDS: '5', CREDENTIAL_RECHECK_MS: '600000' } });
    try {
      const session = await short.signIn('EXECUTIVE');
      const [{ expires_at: expiresAt }] = await short.db.query('SELECT expires_at FROM user_session WHERE user_id = $1', [session.userId]);
      const code = await closeCodeOf(short, session);
      expect(code).toBe(4403);
      // Closed by the expiry timer (the periodic re-check is 10 minutes away): at the session's expiry, not before.
      expect(Date.now()).toBeGreaterThanOrEqual((expiresAt as Date).getTime());
    } finally {
      await short.close();
    }
    // A whole app starts inside this test: on a loaded machine that alone can take most of the default 30 s.
  }, 120_000);

  it('ends the sessions of a disabled user', async () => {
    const session = await app.signIn('EXECUTIVE');
    const closed = closeCodeOf(app, session);
    const disabled = await app.gql(`mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { disabledAt } }`, { id: session.userId });
    expect(disabled.data.setUserDisabled.disabledAt).not.toBeNull();
    expect((await app.gql(VIEWER, {}, session)).status).toBe(401);
    expect(await closed).toBe(4403);
  });

  it('rejects bad user input naming the field', async () => {
    const create = (input: Record<string, unknown>) => app.gql(`mutation ($input: UserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'someone@example.com', name: 'Someone', password: TEST_PASSWORD, role: 'VIEWER', departments: ['SALES'], ...input },
    });
    for (const [input, field] of [
      [{ email: 'not-an-email' }, 'email'],
      [{ password: 'short' }, 'password'],
      [{ role: 'DEPARTMENT_HEAD', departments: [] }, 'departments'],
      [{ role: 'VIEWER', departments: [] }, 'departments'],
    ] as const) {
      const response = await create(input);
      expect([response.status, response.errors?.[0].extensions?.code, response.errors?.[0].extensions?.field]).toEqual([400, 'BAD_USER_INPUT', field]);
    }
    expect((await app.db.query(`SELECT count(*)::int AS n FROM app_user WHERE email = 'someone@example.com'`))[0].n).toBe(0);
  });
});

describe('anonymous requests', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { DEMO_USERS: 'on' } });
  });
  afterAll(() => app.close());

  it.each([
    ['a query', '{ metrics { key } }'],
    ['a mutation', 'mutation { deleteTarget(id: "00000000-0000-4000-8000-000000000000") }'],
    ['a public field next to a private one', '{ demoAccounts { email } organization { name } }'],
    ['who am I', '{ viewer { name } }'],
  ])('get nothing but 401 for %s', async (_what, query) => {
    const response = await app.gql(query, {}, {});
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  it('see the probes and the demo accounts (in demo mode), not the Prometheus metrics', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    const { apiKey } = await app.apiKey(['READ']);
    const scraped = await fetch(`${app.url}/metrics`, { headers: credentialHeaders({ apiKey }) });
    expect([scraped.status, await scraped.text()]).toEqual([200, expect.stringContaining('opshub_')]);
    expect((await fetch(`${app.url}/metrics`, { headers: credentialHeaders(await app.signIn('EXECUTIVE')) })).status).toBe(401);
    expect((await fetch(`${app.url}/metrics`, { headers: credentialHeaders(app.admin) })).status).toBe(200);
    const demo = await app.gql('{ demoAccounts { email role departments } }', {}, {});
    expect(demo.data.demoAccounts.map((account: { role: string }) => account.role)).toEqual(['ADMIN', 'EXECUTIVE', 'DEPARTMENT_HEAD', 'DEPARTMENT_HEAD', 'VIEWER']);
  });

  it('cannot open a WebSocket: closed with 4403 at connection_init', async () => {
    expect(await closeCodeOf(app, {})).toBe(4403);
  });

  it('are refused a WebSocket upgrade from a foreign origin, before any credential is looked at', async () => {
    const session = await app.signIn('EXECUTIVE');
    expect(await upgradeStatus(app.wsUrl, 'https://evil.example')).toBe(403);
    const sameOrigin = new URL(app.url).origin;
    expect(await upgradeStatus(app.wsUrl, sameOrigin)).toBe(101);
    expect(session.sessionToken).toBeDefined();
  });

  it('compare the scheme of the origin too: an https page is not the http server it names', async () => {
    const { host } = new URL(app.url);
    expect(await upgradeStatus(app.wsUrl, `https://${host}`)).toBe(403);
    expect(await upgradeStatus(app.wsUrl, `http://${host}`)).toBe(101);
  });
});

describe('integrator API keys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { CREDENTIAL_RECHECK_MS: '60000', ALLOWED_ORIGINS: 'https://dashboards.example.com' } });
  });
  afterAll(() => app.close());

  const CREATE = `mutation ($input: ApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix scopes department expiresAt lastUsedAt revokedAt } } }`;

  it('are shown once, stored hashed, and record when they were last used', async () => {
    const created = await app.gql(CREATE, { input: { name: 'CRM sync', scopes: ['READ', 'INGEST'], department: 'SALES' } });
    const { key, apiKey } = created.data.createApiKey;
    expect(key).toMatch(new RegExp(`^ohk_${apiKey.prefix}_[A-Za-z0-9-]+$`));
    expect(apiKey).toMatchObject({ scopes: ['READ', 'INGEST'], department: 'SALES', lastUsedAt: null, revokedAt: null });
    const [row] = await app.db.query('SELECT secret_hash FROM api_key WHERE id = $1', [apiKey.id]);
    expect(key).not.toContain(row.secret_hash);
    expect(JSON.stringify(await app.db.query('SELECT * FROM api_key'))).not.toContain(key.split('_')[2]);

    const viewer = await app.gql(VIEWER, {}, { apiKey: key });
    expect(viewer.data.viewer).toMatchObject({ kind: 'API_KEY', name: 'key:CRM sync', role: null, departments: ['SALES'], scopes: ['READ', 'INGEST'] });
    await waitFor(async () => (await app.gql(`{ apiKeys { id lastUsedAt } }`)).data.apiKeys.find((k: { id: string }) => k.id === apiKey.id).lastUsedAt !== null);
    // The list never shows a key again.
    expect(JSON.stringify((await app.gql(`{ apiKeys { id name prefix } }`)).data)).not.toContain(key);
  });

  it('stop at once when revoked, on HTTP and on an open WebSocket', async () => {
    const metric = await createMetric(app);
    const { apiKey, keyId } = await app.apiKey(['READ']);
    const closed = closeCodeOf(app, { apiKey });
    const updates = subscription(app.wsClient({ apiKey }), KPI_UPDATED, { keys: [metric] });
    await waitFor(() => app.services.live.subscriberCount() > 0);
    const revoked = await app.gql(`mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: keyId });
    expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
    // The re-check is a minute away: the close comes from the revocation itself.
    expect(await closed).toBe(4403);
    const after = await app.gql(VIEWER, {}, { apiKey });
    expect([after.status, after.errors?.[0].message]).toEqual([401, expect.stringMatching(/was revoked/)]);
    updates.dispose();
  });

  it('stop after their expiry', async () => {
    const { apiKey, keyId } = await app.apiKey(['READ'], null, new Date(Date.now() + 60_000));
    expect((await app.gql(VIEWER, {}, { apiKey })).status).toBe(200);
    await app.db.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [keyId]);
    const expired = await app.gql(VIEWER, {}, { apiKey });
    expect([expired.status, expired.errors?.[0].message]).toEqual([401, expect.stringMatching(/expired on/)]);
  });

  it.each([
    ['an unknown key', 'ohk_000000000000_nothing'],
    ['a malformed key', 'secret'],
  ])('refuse %s with 401', async (_what, apiKey) => {
    const response = await app.gql(VIEWER, {}, { apiKey });
    expect([response.status, response.errors?.[0].extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('are created and revoked by an ADMIN only', async () => {
    const executive = await app.signIn('EXECUTIVE');
    const denied = await app.gql(CREATE, { input: { name: 'mine', scopes: ['READ'] } }, executive);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { keyId } = await app.apiKey(['READ']);
    const revoke = await app.gql(`mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: keyId }, executive);
    expect(revoke.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.db.query('SELECT revoked_at FROM api_key WHERE id = $1', [keyId]))[0].revoked_at).toBeNull();
  });

  it('reject bad input naming the field', async () => {
    for (const [input, field] of [
      [{ name: ' ', scopes: ['READ'] }, 'name'],
      [{ name: 'k', scopes: [] }, 'scopes'],
      [{ name: 'k', scopes: ['READ'], expiresAt: '2001-01-01T00:00:00Z' }, 'expiresAt'],
    ] as const) {
      const response = await app.gql(CREATE, { input });
      expect([response.errors?.[0].extensions?.code, response.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
  });

  it('open WebSockets from allowed origins only', async () => {
    expect(await upgradeStatus(app.wsUrl, 'https://dashboards.example.com')).toBe(101);
    expect(await upgradeStatus(app.wsUrl, 'https://other.example.com')).toBe(403);
  });
});
