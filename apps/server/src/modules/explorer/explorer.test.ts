import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SCHEMA_FILE } from '../../schema-file';
import { createTestApp, credentialHeaders, type TestApp } from '../../testing/test-app';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const EXPLORER_PAGE = '<!doctype html><title>explorer</title>';

describe('the integrators’ explorer', () => {
  let app: TestApp;
  let webDist: string;

  beforeAll(async () => {
    webDist = mkdtempSync(path.join(tmpdir(), 'opshub-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(webDist, 'explorer.html'), EXPLORER_PAGE);
    // Production: introspection off, so the explorer can only document the API from the committed contract.
    app = await createTestApp({ env: { WEB_DIST_DIR: webDist, NODE_ENV: 'production', INTROSPECTION: 'off', LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => {
    await app.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  it('sends a browser opening /graphql to the explorer, with no page loaded from elsewhere', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/explorer');

    const page = await fetch(`${app.url}/explorer`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(EXPLORER_PAGE);
  });

  it('still answers GraphQL GET requests and non-browser clients on /graphql', async () => {
    const query = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, 'apollo-require-preflight': 'true', ...credentialHeaders(app.admin) },
      redirect: 'manual',
    });
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });

    // Apollo's landing page is off: a GET without an operation is a client error, not a page from a CDN.
    const bare = await fetch(`${app.url}/graphql`, { headers: { accept: 'application/json' }, redirect: 'manual' });
    expect(bare.status).toBe(400);
    expect(await bare.text()).not.toMatch(/<html|cdn|apollographql/i);
  });

  it('serves the committed contract to signed-in users and API keys, not to anonymous callers', async () => {
    const contract = readFileSync(SCHEMA_FILE, 'utf8');
    const viewer = await app.signIn('VIEWER', ['SALES']);
    const key = await app.apiKey(['READ']);
    for (const as of [viewer, key]) {
      const response = await fetch(`${app.url}/graphql/schema.graphql`, { headers: credentialHeaders(as) });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(contract);
    }

    const anonymous = await fetch(`${app.url}/graphql/schema.graphql`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain('type Query');
    const stale = await fetch(`${app.url}/graphql/schema.graphql`, { headers: credentialHeaders({ sessionToken: 'not-a-session' }) });
    expect(stale.status).toBe(401);
  });
});
