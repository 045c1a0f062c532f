import { Client } from 'pg';
import { createMetric } from '../testing/fixtures';
import { createTestApp, credentialHeaders, within, type TestApp } from '../testing/test-app';

const RECORD = `mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '2000' } });
});
afterAll(() => app.close());

describe('a statement held up in PostgreSQL (DATABASE_STATEMENT_TIMEOUT_MS)', () => {
  it('is cancelled at the bound and answered 503 with Retry-After, nothing written; the same batch then goes through', async () => {
    const key = await createMetric(app);
    const input = [{ metricKey: key, value: 1, at: '2026-01-15T00:00:00Z' }];
    const blocker = new Client({ connectionString: app.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE observation IN EXCLUSIVE MODE');
    const send = fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...credentialHeaders(app.admin) },
      body: JSON.stringify({ query: RECORD, variables: { input } }),
    }).then(async (response) => ({ status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() }));
    // Without a bound the write waits for the lock as long as it is held; the guard then lets it go.
    const answer = await within(send, 20_000, 'still waiting');
    await blocker.query('ROLLBACK');
    await blocker.end();
    expect(answer).toMatchObject({
      status: 503,
      retryAfter: expect.stringMatching(/^\d+$/),
      body: { errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    });
    const count = async () => (await app.db.query('SELECT count(*)::int AS n FROM observation')).at(0).n;
    expect(await count()).toBe(0);

    // The retry a client makes after a 503 writes the batch once.
    expect((await app.gql(RECORD, { input })).data).toEqual({ recordObservations: { written: 1 } });
    expect(await count()).toBe(1);
  });
});
