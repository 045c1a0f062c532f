import { createTestApp, TEST_PASSWORD, type TestApp } from '../../testing/test-app';
import { SYSTEM_ACTOR } from '../audit/audit.service';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt } }`;
const VIEWER = `{ viewer { name } }`;

/** A real HTTP sign-in; `forwardedFor` as a proxy in front would send it. */
async function login(app: TestApp, email: string, password: string, forwardedFor?: string): Promise<number> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  await response.body?.cancel();
  return response.status;
}

let users = 0;
async function createUser(app: TestApp): Promise<string> {
  const email = `limited-${++users}@test.opshub`;
  await app.services.auth.createUser({ email, name: 'Limited', password: TEST_PASSWORD, role: 'EXECUTIVE', departments: [] }, SYSTEM_ACTOR);
  return email;
}

describe('the sign-in limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '5', LOGIN_WINDOW_SECONDS: '600', DEMO_USERS: 'off' } });
  });
  afterAll(() => app.close());

  it('lets no more attempts than the limit reach the password check, however many arrive at once', async () => {
    const email = await createUser(app);
    const wrong = Array.from({ length: 30 }, () => login(app, email, 'not the password'));
    const statuses = await Promise.all([...wrong, login(app, email, TEST_PASSWORD)]);
    const checked = statuses.filter((status) => status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(26);
  }, 120_000);

  it('does not forget earlier failures when a sign-in succeeds', async () => {
    const email = await createUser(app);
    for (let attempt = 1; attempt <= 4; attempt++) expect(await login(app, email, 'not the password')).toBe(401);
    expect(await login(app, email, TEST_PASSWORD)).toBe(200);
    expect(await login(app, email, 'not the password')).toBe(401);
    expect(await login(app, email, 'not the password')).toBe(429);
    expect(await login(app, email, TEST_PASSWORD)).toBe(429);
  }, 120_000);

});

/** Fails once for each of ten e-mails (ten times LOGIN_MAX_ATTEMPTS=1: the per-address limit), as `forwardedFor(i)`. */
async function exhaustAddressLimit(app: TestApp, forwardedFor: (i: number) => string): Promise<void> {
  const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => login(app, `nobody-${i}@test.opshub`, 'wrong', forwardedFor(i))));
  expect(statuses).toEqual(Array(10).fill(401));
}

describe('the per-address sign-in limit', () => {
  let direct: TestApp;
  let proxied: TestApp;
  beforeAll(async () => {
    direct = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '1', DEMO_USERS: 'off' } });
    proxied = await createTestApp({ env: { LOGIN_MAX_ATTEMPTS: '1', TRUST_PROXY: '1', DEMO_USERS: 'off' } });
  }, 120_000);
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('keys on the peer and ignores X-Forwarded-For without TRUST_PROXY', async () => {
    await exhaustAddressLimit(direct, (i) => `198.51.100.${i}`);
    expect(await login(direct, await createUser(direct), TEST_PASSWORD, '203.0.113.200')).toBe(429);
  }, 120_000);

  it('keys on the client address the trusted proxy forwards, so one client cannot lock out everyone (TRUST_PROXY)', async () => {
    await exhaustAddressLimit(proxied, () => '203.0.113.7');
    expect(await login(proxied, 'nobody-10@test.opshub', 'wrong', '203.0.113.7')).toBe(429);
    // Another client behind the same proxy still signs in.
    expect(await login(proxied, await createUser(proxied), TEST_PASSWORD, '198.51.100.9')).toBe(200);
  }, 120_000);
});

describe('with REDIS_URL, replicas share the limits', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', LOGIN_MAX_ATTEMPTS: '3', RATE_LIMIT_PER_MINUTE: '6', DEMO_USERS: 'off' };
    first = await createTestApp({ env });
    second = await createTestApp({ env, replicaOf: first });
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('counts failed sign-ins on either replica against one limit', async () => {
    const email = await createUser(first);
    expect(await login(first, email, 'not the password')).toBe(401);
    expect(await login(first, email, 'not the password')).toBe(401);
    expect(await login(second, email, 'not the password')).toBe(401);
    expect(await login(second, email, TEST_PASSWORD)).toBe(429);
    expect(await login(first, email, TEST_PASSWORD)).toBe(429);
  }, 120_000);

  it('counts requests on either replica against one per-user limit', async () => {
    const user = await first.signIn('EXECUTIVE');
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await (i % 2 ? second : first).gql(VIEWER, {}, user)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
  });
});
