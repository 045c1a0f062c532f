import { MAX_BATCH_SIZE } from '@opshub/metrics';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';
import { rawGql, rawWsOperation, wsOperation, type OperationResult } from '../../testing/security-helpers';

let app: TestApp;
let metricKey: string;

beforeAll(async () => {
  app = await createTestApp();
  metricKey = await createMetric(app);
});
afterAll(() => app?.close());

const RECORD = 'mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }';
const good = () => ({ metricKey, value: 1, at: '2026-01-01T00:00:00Z', dimensions: { region: 'EMEA' } });
const observationCount = async () => Number((await app.db.query('SELECT count(*) AS n FROM observation'))[0].n);

/** Runs a request that must be refused, and checks that no observation was written. */
async function refusedWithoutWrites<T>(send: () => Promise<T>): Promise<T> {
  const before = await observationCount();
  const result = await send();
  expect(await observationCount()).toBe(before);
  return result;
}

function expectBadInput(result: OperationResult & { status?: number }, field: string, index?: number) {
  expect(result.data?.recordObservations ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(index === undefined ? {} : { index }) });
  if (result.status !== undefined) expect(result.status).toBe(400);
}

/** The second item of a recordObservations literal with `value` written as given. */
const literalBatch = (value: string) =>
  `mutation { recordObservations(input: [{ metricKey: "${metricKey}", value: 1, at: "2026-01-01T00:00:00Z" }, { metricKey: "${metricKey}", value: ${value}, at: "2026-01-01T00:00:00Z" }]) { written } }`;

describe('non-finite numbers', () => {
  it.each(['1e400', '-1e400'])('refuses the literal %s with the item index, on HTTP and WebSocket', async (literal) => {
    expectBadInput(await refusedWithoutWrites(() => app.gql(literalBatch(literal))), 'input[1].value', 1);
    const client = app.wsClient();
    expectBadInput(await refusedWithoutWrites(() => wsOperation(client, literalBatch(literal))), 'input[1].value', 1);
    expect(await wsOperation(client, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'USER' } } });
  });

  it.each(['NaN', 'Infinity'])('refuses the literal %s as not a Float (validation error, 400)', async (literal) => {
    const response = await refusedWithoutWrites(() => app.gql(literalBatch(literal)));
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('Float cannot represent'), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
  });

  it.each(['1e400', '-1e400'])('refuses %s in the variables (JSON reads it as ±Infinity) with the item index', async (number) => {
    const body = `{"query": ${JSON.stringify(RECORD)}, "variables": {"input": [${JSON.stringify(good())}, {"metricKey": "${metricKey}", "value": ${number}, "at": "2026-01-01T00:00:00Z"}]}}`;
    expectBadInput(await refusedWithoutWrites(() => rawGql(app.url, body, app.admin)), 'input[1].value', 1);
    const subscribe = `{"id": "1", "type": "subscribe", "payload": ${body}}`;
    const overSocket = await refusedWithoutWrites(() => rawWsOperation(app.wsUrl, app.admin, subscribe));
    expectBadInput(overSocket, 'input[1].value', 1);
    expect(overSocket.socketOpen).toBe(true);
  });

  it('refuses NaN in the variables: invalid JSON, or null once a client serializes it', async () => {
    const body = `{"query": ${JSON.stringify(RECORD)}, "variables": {"input": [{"metricKey": "${metricKey}", "value": NaN, "at": "2026-01-01T00:00:00Z"}]}}`;
    const invalid = await refusedWithoutWrites(() => rawGql(app.url, body, app.admin));
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    // JSON.stringify writes NaN as null, which Float! refuses naming the item.
    expectBadInput(await refusedWithoutWrites(() => app.gql(RECORD, { input: [good(), { ...good(), value: NaN }] })), 'input[1].value', 1);
  });

  it('covers every Float input, e.g. a target value, an alert threshold and a forecast confidence', async () => {
    const target = await app.gql(`mutation { setTarget(input: { metricKey: "${metricKey}", kind: MONTHLY, value: 1e400, effectiveFrom: "2026-01-01T00:00:00Z" }) { id } }`);
    expect(target.status).toBe(400);
    expect(target.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === 'input.value')).toBe(true);
    const rule = await app.gql(`mutation { createAlertRule(input: { metricKey: "${metricKey}", name: "x", kind: THRESHOLD, params: { threshold: -1e400 } }) { id } }`);
    expect(rule.errors?.some((error) => error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.field === 'input.params.threshold')).toBe(true);
    const forecast = await app.gql(`{ kpi(key: "${metricKey}") { forecast(confidence: 1e400) { targetValue } } }`);
    expect(forecast.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'confidence' }) })]);
  });
});

describe('malformed points', () => {
  const future = () => new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
  it.each<[string, () => Record<string, unknown>, string]>([
    ['an unknown metric', () => ({ ...good(), metricKey: 'nope.unknown' }), 'input[1].metricKey'],
    ['a timestamp far in the future', () => ({ ...good(), at: future() }), 'input[1].at'],
    ['a timestamp that is not ISO-8601', () => ({ ...good(), at: 'yesterday' }), 'input[1].at'],
    ['too many dimensions', () => ({ ...good(), dimensions: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`d${i}`, 'v'])) }), 'input[1].dimensions'],
    ['an oversized dimension value', () => ({ ...good(), dimensions: { region: 'x'.repeat(10_000) } }), 'input[1].dimensions.region'],
    ['a string where a number belongs', () => ({ ...good(), value: '12' }), 'input[1].value'],
  ])('refuses %s in the variables with the item index, writing nothing', async (_label, bad, field) => {
    expectBadInput(await refusedWithoutWrites(() => app.gql(RECORD, { input: [good(), bad()] })), field, 1);
    expectBadInput(await refusedWithoutWrites(() => wsOperation(app.wsClient(), RECORD, { input: [good(), bad()] })), field, 1);
  });

  it.each([
    ['a timestamp that is not ISO-8601', `{ metricKey: "${'KEY'}", value: 1, at: "yesterday" }`],
    ['a string where a number belongs', `{ metricKey: "${'KEY'}", value: "12", at: "2026-01-01T00:00:00Z" }`],
  ])('refuses %s written as a literal (validation error, 400)', async (_label, item) => {
    const response = await refusedWithoutWrites(() => app.gql(`mutation { recordObservations(input: [${item.replace('KEY', metricKey)}]) { written } }`));
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an oversized batch whole', async () => {
    const batch = Array.from({ length: MAX_BATCH_SIZE + 1 }, good);
    expectBadInput(await refusedWithoutWrites(() => app.gql(RECORD, { input: batch })), 'input');
  });
});

describe('text the database cannot store, and over-nested JSON', () => {
  const PARTIAL = 'mutation ($input: [ObservationInput!]!) { recordObservations(input: $input, options: { allowPartial: true }) { written rejected { index field reason } } }';

  it.each([
    ['a NUL byte', 'EM\u0000EA', 'must not contain NUL characters'],
    ['a lone surrogate', 'EMEA\uD83C', 'must be well-formed Unicode (a lone surrogate was sent)'],
  ])('refuse %s in a dimension value with the field, and with allowPartial fail only that point, on HTTP and WebSocket', async (_label, region, reason) => {
    const bad = { ...good(), dimensions: { region } };
    expectBadInput(await refusedWithoutWrites(() => app.gql(RECORD, { input: [good(), bad] })), 'input[1].dimensions.region', 1);
    expectBadInput(await refusedWithoutWrites(() => wsOperation(app.wsClient(), RECORD, { input: [good(), bad] })), 'input[1].dimensions.region', 1);
    for (const send of [() => app.gql(PARTIAL, { input: [good(), bad] }), () => wsOperation(app.wsClient(), PARTIAL, { input: [good(), bad] })]) {
      const partial = await send();
      expect(partial.errors).toBeUndefined();
      expect(partial.data.recordObservations).toEqual({ written: 1, rejected: [{ index: 1, field: 'dimensions.region', reason }] });
    }
  });

  const CREATE_METRIC = 'mutation ($input: MetricInput!) { createMetric(input: $input) { key } }';
  const metricInput = (key: string, name: string) => ({ key, name, department: 'SALES', aggregation: 'SUM', direction: 'HIGHER_IS_BETTER', unit: { kind: 'COUNT' } });
  const metricCount = async () => Number((await app.db.query('SELECT count(*) AS n FROM metric'))[0].n);
  const annotationCount = async () => Number((await app.db.query('SELECT count(*) AS n FROM annotation'))[0].n);

  function expectTextRefused(result: OperationResult & { status?: number }, field: string, reason: string) {
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message: expect.stringContaining(reason), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
    if (result.status !== undefined) expect(result.status).toBe(400);
  }

  it('refuse a NUL byte in a metric name, as a variable or a literal, naming the field, on HTTP and WebSocket', async () => {
    const before = await metricCount();
    const variables = { input: metricInput('nul_name', 'Revenue\u0000') };
    const literal = 'mutation { createMetric(input: { key: "nul_name", name: "Revenue\\u0000", department: SALES, aggregation: SUM, direction: HIGHER_IS_BETTER, unit: { kind: COUNT } }) { key } }';
    expectTextRefused(await app.gql(CREATE_METRIC, variables), 'input.name', 'must not contain NUL characters');
    expectTextRefused(await app.gql(literal), 'input.name', 'must not contain NUL characters');
    const client = app.wsClient();
    expectTextRefused(await wsOperation(client, CREATE_METRIC, variables), 'input.name', 'must not contain NUL characters');
    expectTextRefused(await wsOperation(client, literal), 'input.name', 'must not contain NUL characters');
    expect(await metricCount()).toBe(before);
    expect(await wsOperation(client, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'USER' } } });
  });

  it('refuse a lone surrogate in an annotation title naming the field, on HTTP and WebSocket', async () => {
    const before = await annotationCount();
    const CREATE_ANNOTATION = 'mutation ($input: AnnotationInput!) { createAnnotation(input: $input) { id } }';
    const variables = { input: { at: '2026-01-01T00:00:00Z', metricKeys: [metricKey], title: 'Launch \uD83C' } };
    const reason = 'must be well-formed Unicode (a lone surrogate was sent)';
    expectTextRefused(await app.gql(CREATE_ANNOTATION, variables), 'input.title', reason);
    expectTextRefused(await wsOperation(app.wsClient(), CREATE_ANNOTATION, variables), 'input.title', reason);
    expect(await annotationCount()).toBe(before);
  });

  it('refuse a deeply nested JSON variable as BAD_USER_INPUT naming its path, on HTTP and WebSocket', async () => {
    const nested = `${'{"a":'.repeat(100_000)}"x"${'}'.repeat(100_000)}`;
    const input = `[${JSON.stringify(good())}, {"metricKey": "${metricKey}", "value": 1, "at": "2026-01-01T00:00:00Z", "dimensions": {"region": ${nested}}}]`;
    const body = `{"query": ${JSON.stringify(RECORD)}, "variables": {"input": ${input}}}`;
    const overHttp = await refusedWithoutWrites(() => rawGql(app.url, body, app.admin));
    expectBadInput(overHttp, overHttp.errors![0].extensions!.field, 1);
    expect(overHttp.errors![0].extensions!.field).toMatch(/^input\[1\]\.dimensions\.region(\.a)+$/);
    const overSocket = await refusedWithoutWrites(() => rawWsOperation(app.wsUrl, app.admin, `{"id": "1", "type": "subscribe", "payload": ${body}}`));
    expect(overSocket.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: overHttp.errors![0].extensions!.field, index: 1 });
    expect(overSocket.socketOpen).toBe(true);
  });
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => { production = await createTestApp({ env: { NODE_ENV: 'production', LOG_LEVEL: 'silent' } }); });
  afterAll(() => production?.close());

  const INTROSPECTION = '{ __schema { queryType { name } } }';

  it('refuses introspection on HTTP and WebSocket, which development and test allow', async () => {
    expect(production.config.introspection).toBe(false);
    const refused = await production.gql(INTROSPECTION);
    expect(refused.status).toBe(400);
    expect(refused.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('introspection'), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
    expect((await production.gql('{ __type(name: "Query") { name } }')).errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const client = production.wsClient();
    expect((await wsOperation(client, INTROSPECTION)).errors?.[0].message).toMatch(/introspection/);
    expect(await wsOperation(client, '{ __typename }')).toEqual({ data: { __typename: 'Query' } });

    expect(await app.gql(INTROSPECTION)).toMatchObject({ status: 200, data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('gives no field suggestions, which test mode gives', async () => {
    const typo = '{ viewr { kind } }';
    expect((await app.gql(typo)).errors?.[0].message).toMatch(/Did you mean "viewer"/);
    const refused = await production.gql(typo);
    expect(refused.errors?.[0].message).toBe('Cannot query field "viewr" on type "Query".');
    const overSocket = await wsOperation(production.wsClient(), typo);
    expect(overSocket.errors?.[0].message).toBe('Cannot query field "viewr" on type "Query".');
    // Nor in the variables' coercion errors (an enum value close to a real one).
    const variables = await production.gql('query ($states: [AlertState!]) { alerts(states: $states) { id } }', { states: ['OPN'] });
    expect(variables.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variables.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
