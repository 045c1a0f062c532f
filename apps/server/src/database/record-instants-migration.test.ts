import { createTestApp, type TestApp } from '../testing/test-app';
import { createLead } from '../testing/lead-fixtures';
import { prepareRollups, rebuildRollups } from '../modules/rollup/rollup.rebuild';
import { RecordObservationsAtEventInstants1796515200000 } from './migrations/1796515200000-record-observations-at-event-instants';

/**
 * A database written by the earlier code holds observations from lead records at their events' minute. The
 * migration puts them at the events' instants, as the app now writes them, and start-up rebuilds the rollups.
 */
const TIME_ZONE = 'Europe/Madrid';
const HOUR = '2026-11-20T09:00:00.000Z';
const at = (seconds: number) => new Date(Date.parse(HOUR) + seconds * 1000).toISOString();
const RECORD_ROWS = `FROM observation o JOIN series s ON s.id = o.series_id JOIN metric m ON m.key = s.metric_key WHERE m.source = 'RECORDS'`;

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ env: { ORG_TIMEZONE: TIME_ZONE } });
  // These leads' SLA deadlines passed long ago: the breach scan (every second) would add records between the
  // snapshot and the comparison below, whenever it happens to run.
  await app.services.slaMonitor.stop();
  await createLead(app, { channel: 'referral', campaign: 'autumn', createdAt: at(10) });
  await createLead(app, { channel: 'referral', campaign: 'autumn', createdAt: at(50) });
  await createLead(app, { channel: 'organic', createdAt: at(70) });
  // Their SLA deadlines are long past: breach them now, not at whichever monitor scan comes after the snapshot below.
  await app.services.sla.breachDue();
}, 120_000);
afterAll(() => app.close());

async function leads(from: string, to: string): Promise<number | null> {
  const response = await app.gql(`query ($range: RangeInput) { kpi(key: "marketing.leads", range: $range) { value } }`, { range: { from, to } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.kpi.value;
}

const recordRows = async () => app.db.query(`SELECT o.series_id::text AS series, o.at, o.value ${RECORD_ROWS} ORDER BY 1, 2`);

it('puts observations written at the minute by earlier code at their events\' instants, rollups included', async () => {
  const written = await recordRows();
  // By hand: the leads at :10 and :50 are one each side of :30; the one at 1:10 is in the next minute.
  expect(await leads(at(30), at(3600))).toBe(2);
  expect(await leads(at(0), at(30))).toBe(1);

  // What earlier code stored: one observation per minute and dimension set, the sum of its events' facts.
  await app.db.transaction(async (tx) => {
    await tx.query(`CREATE TEMP TABLE minute_rows AS SELECT o.series_id, date_trunc('minute', o.at) AS at, sum(o.value) AS value ${RECORD_ROWS} GROUP BY 1, 2`);
    await tx.query(`DELETE FROM observation o USING series s, metric m WHERE s.id = o.series_id AND m.key = s.metric_key AND m.source = 'RECORDS'`);
    await tx.query(`INSERT INTO observation (series_id, at, value, source) SELECT series_id, at, value, 'records' FROM minute_rows`);
    await tx.query('DROP TABLE minute_rows');
  });
  await rebuildRollups(app.db, TIME_ZONE);
  // The earlier numbers: the whole minute 09:00 is before a bound at 09:00:30, or after it.
  expect(await leads(at(30), at(3600))).toBe(1);
  expect(await leads(at(0), at(30))).toBe(2);

  const runner = app.db.createQueryRunner();
  try {
    await new RecordObservationsAtEventInstants1796515200000().up(runner);
  } finally {
    await runner.release();
  }
  expect(await prepareRollups(app.db, TIME_ZONE)).toBe(true);

  expect(await recordRows()).toEqual(written);
  expect(await leads(at(30), at(3600))).toBe(2);
  expect(await leads(at(0), at(30))).toBe(1);
});
