import { createMetric, record } from '../../testing/fixtures';
import { assign, createLead, insertReps, logContact, transition } from '../../testing/lead-fixtures';
import { createTestApp, credentialHeaders, type TestApp } from '../../testing/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  // The leads' clocks are dated in January, so their deadlines lie in the past: the monitor's real-time scan could
  // breach the MQL clock before the test's contact meets it, and write a point this test does not count.
  await app.services.slaMonitor.stop();
  await insertReps(app, [{ key: 'tia', territories: ['T_OPS'], specialisations: [], capacity: 10 }]);
});
afterAll(() => app.close());

/** The ingest counter of each write path, as Prometheus scrapes it. */
async function ingested(): Promise<Record<'api' | 'records', number>> {
  const text = await (await fetch(`${app.url}/metrics`, { headers: credentialHeaders(app.admin) })).text();
  const sample = (source: string) => Number(text.match(new RegExp(`^opshub_observations_ingested_total\\{source="${source}"\\} (\\S+)$`, 'm'))?.[1] ?? 0);
  return { api: sample('api'), records: sample('records') };
}

describe('opshub_observations_ingested_total', () => {
  it('counts the points written through the API and from lead records, once committed', async () => {
    const key = await createMetric(app);
    const before = await ingested();

    // Three items, two of them the same point: two points are written.
    const at = '2026-01-05T09:00:00Z';
    expect(await record(app, [{ metricKey: key, value: 1, at }, { metricKey: key, value: 2, at }, { metricKey: key, value: 3, at: '2026-01-05T10:00:00Z' }])).toBe(2);
    // A rejected batch writes nothing.
    const rejected = await app.gql(`mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }`, {
      input: [{ metricKey: key, value: 4, at }, { metricKey: 'no.such_metric', value: 1, at }],
    });
    expect(rejected.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await ingested()).toEqual({ api: before.api + 2, records: before.records });

    // A lead owned from the start: CREATED (marketing.leads) and its NEW clock met at once (marketing.sla_resolved),
    // both in the 09:00 minute with the same dimensions: 2 points.
    const lead = await createLead(app, { region: 'T_OPS', ownerKey: 'tia', createdAt: '2026-01-05T09:00:10Z' });
    expect(await ingested()).toEqual({ api: before.api + 2, records: before.records + 2 });
    // A second one in the same minute and dimensions rewrites those 2 points (now 2 each).
    await createLead(app, { region: 'T_OPS', ownerKey: 'tia', createdAt: '2026-01-05T09:00:40Z' });
    expect(await ingested()).toEqual({ api: before.api + 2, records: before.records + 4 });
    // MQL (marketing.mql): 1 point; its MQL clock starts, without an event.
    await transition(app, lead.id, { to: 'MQL', at: '2026-01-05T10:00:00Z' });
    // A first contact that is a demo (sales.responses, sales.response_hours_total, sales.demos) meets the MQL
    // clock (marketing.sla_resolved) in the same minute: 4 points.
    await logContact(app, lead.id, { kind: 'DEMO', at: '2026-01-05T10:30:00Z' });
    // Re-assigning to the same rep changes nothing and writes nothing.
    await assign(app, lead.id, { repKey: 'tia' });
    expect(await ingested()).toEqual({ api: before.api + 2, records: before.records + 9 });
  });
});
