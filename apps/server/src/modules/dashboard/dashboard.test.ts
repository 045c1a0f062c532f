import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** Every metric key named in a table of the catalog file's section. */
function catalogKeys(section: string): string[] {
  const text = readFileSync(path.resolve(__dirname, '../../../../../docs/kpi-catalog.md'), 'utf8');
  const start = text.indexOf(section);
  const end = text.indexOf('\n## ', start + 1);
  return [...text.slice(start, end === -1 ? undefined : end).matchAll(/^\| ([a-z]+\.[a-z_]+) \|/gm)].map((m) => m[1]);
}

describe('seeded dashboards', () => {
  it('has the executive dashboard and one per department', async () => {
    const response = await app.gql(`{ dashboards { slug department } }`);
    expect(response.data.dashboards.map((d: { slug: string }) => d.slug).sort()).toEqual(
      ['customer-success', 'executive', 'marketing', 'operations', 'product', 'sales'],
    );
  });

  it.each([
    ['executive', '## Executive dashboard'],
    ['sales', '## Sales'],
    ['customer-success', '## Customer success'],
    ['product', '## Product'],
    ['operations', '## Operations'],
    ['marketing', '## Marketing and sales alignment'],
  ])('%s holds every metric the catalog lists for it', async (slug, section) => {
    const expected = catalogKeys(section);
    expect(expected.length).toBeGreaterThan(4);
    const response = await app.gql(`{ dashboard(slug: "${slug}") { sections { metricKeys kpis { metric { key } } } } }`);
    const keys = response.data.dashboard.sections.flatMap((s: { metricKeys: string[] }) => s.metricKeys);
    expect(keys).toEqual(expect.arrayContaining(expected));
    for (const section of response.data.dashboard.sections) {
      expect(section.kpis.map((k: { metric: { key: string } }) => k.metric.key)).toEqual(section.metricKeys);
    }
  });

  it('answers titles in Spanish on request', async () => {
    const response = await app.gql(`{ dashboard(slug: "executive") { en: title es: title(locale: "es-ES") sections { kpis { metric { en: name es: name(locale: "es") } } } } }`);
    const { en, es, sections } = response.data.dashboard;
    expect(es).not.toBe(en);
    const names = sections[0].kpis[0].metric;
    expect(names.es).not.toBe(names.en);
  });

  it('answers the seeded owners\' titles in Spanish on request', async () => {
    const { data } = await app.gql(`{ metric(key: "sales.win_rate") { en: owner es: owner(locale: "es-ES") } }`);
    expect(data.metric).toEqual({ en: 'VP Sales', es: 'VP de Ventas' });
  });

  it('is NOT_FOUND for an unknown slug', async () => {
    const response = await app.gql(`{ dashboard(slug: "nope") { slug } }`);
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
