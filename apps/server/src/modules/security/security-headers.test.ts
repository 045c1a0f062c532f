import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ConfigError, loadConfig } from '../../config';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? '').split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/);
    map.set(name, sources);
  }
  return map;
}

describe('security headers over real HTTP', () => {
  let app: TestApp;
  let webDist: string;

  beforeAll(async () => {
    // A stand-in for the built web app: the headers do not depend on what index.html holds.
    webDist = mkdtempSync(path.join(os.tmpdir(), 'opshub-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>OpsHub</title><script type="module" src="/assets/app.js"></script>');
    app = await createTestApp({ env: { WEB_DIST_DIR: webDist } });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const requests: Array<[string, () => Promise<Response>]> = [
    ['the app at /', () => fetch(`${app.url}/`)],
    ['an SPA route', () => fetch(`${app.url}/metrics/sales.revenue?range=LAST_30_DAYS`)],
    ['POST /graphql', () => fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) })],
  ];

  it.each(requests)('%s carries a strict policy and no X-Powered-By', async (_name, request) => {
    const response = await request();
    expect(response.status).toBeLessThan(500);
    const csp = directives(response.headers.get('content-security-policy'));
    const host = new URL(app.url).host;
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // No way to run a string as script, nor inline script, anywhere in the policy.
    for (const [name, sources] of csp) {
      expect([name, sources]).not.toContainEqual(expect.arrayContaining(["'unsafe-eval'"]));
      if (name.startsWith('script-src')) expect(sources).not.toContain("'unsafe-inline'");
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('serves the app shell on / and on client-side routes (the headers above are on real pages)', async () => {
    for (const url of [`${app.url}/`, `${app.url}/metrics/sales.revenue`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>OpsHub</title>');
    }
  });
});

describe('FRAME_ANCESTORS', () => {
  it("defaults to 'none' and reads origins separated by spaces or commas", () => {
    expect(loadConfig({}).frameAncestors).toEqual(["'none'"]);
    expect(loadConfig({ FRAME_ANCESTORS: "'self', https://intranet.example.com https://*.corp.example:8443" }).frameAncestors)
      .toEqual(["'self'", 'https://intranet.example.com', 'https://*.corp.example:8443']);
  });

  it.each([
    ["https://a.example; script-src 'unsafe-inline'", '"https://a.example;" is not'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ["'none' https://a.example", "'none' cannot be combined"],
  ])('refuses %s', (value, message) => {
    expect(() => loadConfig({ FRAME_ANCESTORS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ FRAME_ANCESTORS: value })).toThrow(message);
  });

  it('lets SHARE_FRAME_ANCESTORS frame the shared-dashboard pages only; every other page keeps FRAME_ANCESTORS', async () => {
    expect(loadConfig({}).shareFrameAncestors).toEqual(["'none'"]);
    expect(() => loadConfig({ SHARE_FRAME_ANCESTORS: 'javascript:alert(1)' })).toThrow('SHARE_FRAME_ANCESTORS: "javascript:alert(1)" is not');
    const webDist = mkdtempSync(path.join(os.tmpdir(), 'opshub-web-'));
    writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>OpsHub</title>');
    const app = await createTestApp({ env: { WEB_DIST_DIR: webDist, SHARE_FRAME_ANCESTORS: 'https://intranet.example.com https://wall.example.com' } });
    try {
      const shared = await fetch(`${app.url}/share/some-token`);
      expect(directives(shared.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(['https://intranet.example.com', 'https://wall.example.com']);
      expect(shared.headers.get('x-frame-options')).toBeNull();
      for (const path of ['/', '/dashboards/sales', '/graphql?query=%7B__typename%7D']) {
        const other = await fetch(`${app.url}${path}`);
        expect([path, directives(other.headers.get('content-security-policy')).get('frame-ancestors')]).toEqual([path, ["'none'"]]);
        expect(other.headers.get('x-frame-options')).toBe('DENY');
      }
    } finally {
      await app.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });

  it('lets the configured origins frame the app, without a contradicting X-Frame-Options', async () => {
    const app = await createTestApp({ env: { FRAME_ANCESTORS: 'https://intranet.example.com' } });
    try {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(directives(response.headers.get('content-security-policy')).get('frame-ancestors')).toEqual(['https://intranet.example.com']);
      expect(response.headers.get('x-frame-options')).toBeNull();
    } finally {
      await app.close();
    }
  });
});
