import { createTestApp, gqlRequest, type Credentials, type TestApp } from '../../testing/test-app';
import { SESSION_COOKIE } from './auth.service';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
}, 120_000);
afterAll(() => app.close());

const INVITE = `mutation ($input: UserInviteInput!) { inviteUser(input: $input) { token expiresAt user { id email role departments } } }`;
const SET_PASSWORD = `mutation ($token: String!, $password: String!) { setPassword(token: $token, password: $password) { user { email } } }`;
const PASSWORD = 'chosen by the person';

/** Uses a link anonymously, as the set-password page does; the session cookie it answers with, if any. */
async function setPassword(token: string, password = PASSWORD) {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SET_PASSWORD, variables: { token, password } }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return { body: await response.json() as any, session: cookie ? { sessionToken: cookie.slice(SESSION_COOKIE.length + 1).split(';')[0] } as Credentials : null };
}

const invite = async (email: string, departments = ['SALES', 'PRODUCT']) => {
  const response = await app.gql(INVITE, { input: { email, name: 'Ana Ruiz', role: 'DEPARTMENT_HEAD', departments } });
  expect(response.errors).toBeUndefined();
  return response.data.inviteUser;
};

describe('user administration', () => {
  it('invites a head of two departments who sets a password through the one-time link and reads both', async () => {
    const link = await invite('ana.ruiz@test.opshub');
    expect(link.user).toMatchObject({ role: 'DEPARTMENT_HEAD', departments: ['SALES', 'PRODUCT'] });
    expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const [{ token_hash: stored }] = await app.db.query(`SELECT token_hash FROM password_token WHERE user_id = $1`, [link.user.id]);
    expect(stored).not.toBe(link.token);

    const used = await setPassword(link.token);
    expect(used.body.errors).toBeUndefined();
    expect(used.session).not.toBeNull();
    const viewer = await gqlRequest(app.url, `{ viewer { name departments } }`, {}, used.session!);
    expect(viewer.data.viewer).toEqual({ name: 'Ana Ruiz', departments: ['SALES', 'PRODUCT'] });
    for (const slug of ['sales', 'product']) {
      const dashboard = await gqlRequest(app.url, `query ($slug: ID!) { dashboard(slug: $slug) { slug } }`, { slug }, used.session!);
      expect(dashboard.errors).toBeUndefined();
    }
    const operations = await gqlRequest(app.url, `{ dashboard(slug: "operations") { slug } }`, {}, used.session!);
    expect(operations.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The password now signs in too; the link works once.
    const login = await gqlRequest(app.url, `mutation { login(email: "ana.ruiz@test.opshub", password: "${PASSWORD}") { user { email } } }`);
    expect(login.errors).toBeUndefined();
    expect((await setPassword(link.token, 'another password here')).body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const trail = await app.gql(`query ($id: ID!) { auditEvents(filter: { objectType: "USER", objectId: $id }) { edges { node { action actorName after } } } }`, { id: link.user.id });
    expect(trail.data.auditEvents.edges.map((edge: any) => [edge.node.action, edge.node.actorName])).toEqual([['UPDATE', 'Ana Ruiz'], ['CREATE', 'ADMIN 1']]);
  });

  it('refuses an expired link, a short password, and a link a reset replaced', async () => {
    const link = await invite('expiring@test.opshub', ['SALES']);
    expect((await setPassword(link.token, 'short')).body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const reset = await app.gql(`mutation ($id: ID!) { resetUserPassword(id: $id) { token } }`, { id: link.user.id });
    expect(reset.errors).toBeUndefined();
    const replaced = await setPassword(link.token);
    expect(replaced.body.errors[0].extensions.field).toBe('token');
    expect(replaced.session).toBeNull();
    await app.db.query(`UPDATE password_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [link.user.id]);
    expect((await setPassword(reset.data.resetUserPassword.token)).body.errors[0].extensions.field).toBe('token');
  });

  it("changes a user's departments, ending their sessions, and refuses to lock the admin out", async () => {
    const head = await app.signIn('DEPARTMENT_HEAD', ['SALES']);
    const updated = await app.gql(`mutation ($id: ID!) { updateUser(id: $id, input: { departments: [SALES, PRODUCT], name: "Head of two" }) { name departments } }`, { id: head.userId });
    expect(updated.data.updateUser).toEqual({ name: 'Head of two', departments: ['SALES', 'PRODUCT'] });
    expect((await gqlRequest(app.url, `{ viewer { name } }`, {}, head)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const none = await app.gql(`mutation ($id: ID!) { updateUser(id: $id, input: { departments: [] }) { name } }`, { id: head.userId });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'departments' });

    const { id: adminId } = (await app.gql(`{ viewer { id } }`)).data.viewer;
    const disableSelf = await app.gql(`mutation ($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }`, { id: adminId });
    expect(disableSelf.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const demoteSelf = await app.gql(`mutation ($id: ID!) { updateUser(id: $id, input: { role: VIEWER, departments: [SALES] }) { id } }`, { id: adminId });
    expect(demoteSelf.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('does not invite the same e-mail twice', async () => {
    await invite('twice@test.opshub', ['SALES']);
    const again = await app.gql(INVITE, { input: { email: 'Twice@test.opshub', name: 'x', role: 'VIEWER', departments: ['SALES'] } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});
