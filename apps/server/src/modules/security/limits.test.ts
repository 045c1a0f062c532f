import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isObjectType, Kind, Lexer, Source, TokenKind, validate, type DocumentNode, type GraphQLField } from 'graphql';
import { MAX_BATCH_SIZE } from '@opshub/metrics';
import { createTestApp, credentialHeaders, type TestApp } from '../../testing/test-app';
import { createMetric } from '../../testing/fixtures';
import { wsOperation, type OperationResult } from '../../testing/security-helpers';
import { queryLimitsRule, variableCostError } from './query-limits.rule';

let app: TestApp;
let metricKey: string;

beforeAll(async () => {
  app = await createTestApp();
  metricKey = await createMetric(app);
});
afterAll(() => app?.close());

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** A valid query `depth` fields deep: goals { children { … { id } } } (Goal.children is the schema's one cycle). */
const deepQuery = (depth: number) => `{ goals(metricKey: "${metricKey}") ${'{ children '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;
const aliasQuery = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const directiveQuery = (directives: number) => `{ ${'__typename @skip(if: false) '.repeat(directives)}}`;
/** viewer plus fragment spreads of 10 fields each plus single fields: `cost` fields selected once expanded. */
const costQuery = (cost: number) => {
  const spreads = Math.floor((cost - 1) / 10);
  return `{ viewer { ${'...Ten '.repeat(spreads)}${'__typename '.repeat(cost - 1 - spreads * 10)}} } fragment Ten on Viewer { ${'__typename '.repeat(10)}}`;
};
/** A valid query of exactly `tokens` lexical tokens: padded with repeated enum values in a list argument. */
const tokenQuery = (tokens: number) => {
  const base = tokenCount('{ alerts(first: 1, states: []) { id } }');
  const query = `{ alerts(first: 1, states: [${'OPEN '.repeat(tokens - base)}]) { id } }`;
  expect(tokenCount(query)).toBe(tokens);
  return query;
};

const points = (count: number) => Array.from({ length: count }, (_, i) => ({
  metricKey, value: i, at: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(), dimensions: { region: 'EMEA' },
}));
const RECORD = 'mutation ($input: [ObservationInput!]!) { recordObservations(input: $input) { written } }';

const observationCount = async () => Number((await app.db.query('SELECT count(*) AS n FROM observation'))[0].n);

function expectLimitError(result: OperationResult, limit: string, max: number) {
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toEqual([expect.objectContaining({
    message: expect.stringContaining(`the limit is ${max}`), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit, max, actual: max + 1 }),
  })]);
}

function expectOk(result: OperationResult) {
  expect(result.errors).toBeUndefined();
  expect(result.data).toBeDefined();
}

describe.each(['HTTP', 'WebSocket'] as const)('limits over %s', (transport) => {
  let run: (query: string, variables?: Record<string, unknown>) => Promise<OperationResult & { status?: number }>;
  let connections = 0;
  const afterRejection = async () => {
    if (transport === 'HTTP') return;
    // The socket outlived the refusal: the next operation on the same client goes through it.
    expectOk(await run('{ viewer { kind } }'));
    expect(connections).toBe(1);
  };

  beforeAll(() => {
    if (transport === 'HTTP') {
      run = (query, variables) => app.gql(query, variables);
    } else {
      const client = app.wsClient(app.admin, { on: { connected: () => { connections++; } } });
      run = (query, variables) => wsOperation(client, query, variables);
    }
  });

  it('bounds depth', async () => {
    const { maxDepth } = app.config.limits;
    expectOk(await run(deepQuery(maxDepth)));
    const refused = await run(deepQuery(maxDepth + 1));
    expectLimitError(refused, 'DEPTH', maxDepth);
    if (transport === 'HTTP') expect(refused.status).toBe(400);
    await afterRejection();
  });

  it('bounds aliases', async () => {
    const { maxAliases } = app.config.limits;
    expectOk(await run(aliasQuery(maxAliases)));
    expectLimitError(await run(aliasQuery(maxAliases + 1)), 'ALIASES', maxAliases);
    await afterRejection();
  });

  it('bounds directives', async () => {
    const { maxDirectives } = app.config.limits;
    expectOk(await run(directiveQuery(maxDirectives)));
    expectLimitError(await run(directiveQuery(maxDirectives + 1)), 'DIRECTIVES', maxDirectives);
    await afterRejection();
  });

  it('bounds cost, counting a fragment once per spread', async () => {
    const { maxCost } = app.config.limits;
    expectOk(await run(costQuery(maxCost)));
    expectLimitError(await run(costQuery(maxCost + 1)), 'COST', maxCost);
    await afterRejection();
  });

  it('bounds tokens while parsing', async () => {
    const { maxTokens } = app.config.limits;
    expectOk(await run(tokenQuery(maxTokens)));
    const refused = await run(tokenQuery(maxTokens + 1));
    expect(refused.errors).toEqual([expect.objectContaining({
      message: expect.stringContaining(`more that ${maxTokens} tokens`), extensions: expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
    })]);
    if (transport === 'HTTP') expect(refused.status).toBe(400);
    await afterRejection();
  });

  it(`bounds recordObservations to ${MAX_BATCH_SIZE} points, writing nothing of a larger batch`, async () => {
    const before = await observationCount();
    const refused = await run(RECORD, { input: points(MAX_BATCH_SIZE + 1) });
    expect(refused.errors).toEqual([expect.objectContaining({
      message: expect.stringContaining(`at most ${MAX_BATCH_SIZE}`), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input' }),
    })]);
    if (transport === 'HTTP') expect(refused.status).toBe(400);
    expect(await observationCount()).toBe(before);
    await afterRejection();
    const accepted = await run(RECORD, { input: points(MAX_BATCH_SIZE) });
    expectOk(accepted);
    expect(accepted.data.recordObservations.written).toBe(MAX_BATCH_SIZE);
  });

  it('bounds the page size of every list argument `first`, naming it', async () => {
    const pageFields = app.app.schema.getQueryType()!.getFields();
    const paged = Object.values(pageFields).filter((field) => field.args.some((arg) => arg.name === 'first'));
    expect(paged.map((field) => field.name).sort()).toEqual([
      'alerts', 'auditEvents', 'backgroundJobs', 'channelDeliveries', 'digestOutbox', 'fileImports', 'leads', 'observations', 'slaBreaches', 'sqlSyncRuns', 'webhookDeliveries',
      'workflowRecords', 'workflowSlaBreaches',
    ]);
    const channel = await app.gql(`mutation { createChannel(input: { name: "limits", kind: EMAIL, recipients: ["limits@x.test"] }) { channel { id } } }`);
    const channelId = channel.data.createChannel.channel.id as string;
    const query = (field: GraphQLField<unknown, unknown>, first: number) => {
      const key = field.args.some((arg) => arg.name === 'key') ? `key: "${metricKey}", `
        : field.args.some((arg) => arg.name === 'metricKey') ? `metricKey: "${metricKey}", `
          : field.args.some((arg) => arg.name === 'channelId') ? `channelId: "${channelId}", `
            : field.args.some((arg) => arg.name === 'workflow') ? 'workflow: TICKET, ' : '';
      const selection = isObjectType(getNamedType(field.type)) ? '{ __typename }' : '';
      return `{ ${field.name}(${key}first: ${first}) ${selection} }`;
    };
    for (const field of paged) {
      // The documented range, e.g. "Page size, 1 to 500."
      const max = Number(/1 to (\d+)/.exec(field.args.find((arg) => arg.name === 'first')!.description ?? '')?.[1]);
      expect(max).toBeGreaterThan(0);
      expectOk(await run(query(field, max)));
      expectOk(await run(query(field, 1)));
      for (const first of [max + 1, 0]) {
        const refused = await run(query(field, first));
        expect({ field: field.name, first, errors: refused.errors }).toEqual({
          field: field.name, first,
          errors: [expect.objectContaining({ message: expect.stringMatching(/first/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'first' }) })],
        });
      }
    }
    await afterRejection();
  });

  it('bounds the range of every operation that walks buckets before any work, naming the argument', async () => {
    const range = 'range: { from: "1000-01-01T00:00:00Z", to: "9999-12-31T00:00:00Z" }';
    const operations = [
      `{ kpi(key: "${metricKey}", ${range}) { value } }`,
      `{ dashboard(slug: "executive", ${range}) { slug } }`,
      `{ series(key: "${metricKey}", ${range}) { granularity } }`,
      `{ observations(key: "${metricKey}", ${range}) { totalCount } }`,
      ...(transport === 'WebSocket' ? [`subscription { kpiUpdated(keys: ["${metricKey}"], ${range}) { value } }`] : []),
    ];
    for (const operation of operations) {
      const refused = await run(operation);
      expect({ operation, errors: refused.errors }).toEqual({
        operation, errors: [expect.objectContaining({ message: expect.stringMatching(/range is too long.*5000/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'range' }) })],
      });
    }
    // The longest range the bound allows still answers.
    expectOk(await run(`{ kpi(key: "${metricKey}", range: { from: "1700-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { value } }`));
    await afterRejection();
  });
});

describe('request body size (HTTP)', () => {
  /** A JSON body of exactly `bytes` bytes, padded with whitespace. */
  const body = (bytes: number) => {
    const json = JSON.stringify({ query: '{ viewer { kind } }' });
    return `${json.slice(0, -1)}${' '.repeat(bytes - Buffer.byteLength(json))}}`;
  };
  const post = (payload: string) => fetch(`${app.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...credentialHeaders(app.admin) }, body: payload,
  });

  it('accepts a body at the limit and answers 413 in JSON above it', async () => {
    const { maxBodyBytes } = app.config.limits;
    const accepted = await post(body(maxBodyBytes));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ data: { viewer: { kind: 'USER' } } });

    const refused = await post(body(maxBodyBytes + 1));
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ errors: [{
      message: `The request body exceeds the limit of ${maxBodyBytes} bytes; split the batch`, extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: maxBodyBytes },
    }] });
  });

  it('answers malformed JSON with 400 in JSON', async () => {
    const refused = await post('{"query": "{ viewer { kind } }",');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })] });
  });
});

describe('rate limit per principal', () => {
  const PER_MINUTE = 30;
  let limited: TestApp;
  beforeAll(async () => { limited = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) } }); });
  afterAll(() => limited?.close());

  it('answers 429 TOO_MANY_REQUESTS on HTTP past the burst', async () => {
    const user = await limited.signIn('VIEWER', ['SALES']);
    for (let i = 0; i < PER_MINUTE; i++) expect((await limited.gql('{ viewer { kind } }', {}, user)).status).toBe(200);
    const response = await fetch(`${limited.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...credentialHeaders(user) }, body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await response.json()) as OperationResult).errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS' }) })]);
    // Per principal: another user is not held back.
    expect((await limited.gql('{ viewer { kind } }', {}, await limited.signIn('VIEWER', ['SALES']))).status).toBe(200);
  });

  it('refuses the operation on a WebSocket past the burst and keeps the socket', async () => {
    const key = await limited.apiKey(['READ']);
    let connections = 0;
    const client = limited.wsClient(key, { on: { connected: () => { connections++; } } });
    for (let i = 0; i < PER_MINUTE; i++) expectOk(await wsOperation(client, '{ viewer { kind } }'));
    const refused = await wsOperation(client, '{ viewer { kind } }');
    expect(refused.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOO_MANY_REQUESTS' }) })]);
    const retryAfterSeconds = refused.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfterSeconds).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, retryAfterSeconds * 1000));
    expect(await wsOperation(client, '{ viewer { kind } }')).toEqual({ data: { viewer: { kind: 'API_KEY' } } });
    expect(connections).toBe(1);
    // The counter's window is a minute: waiting out retryAfterSeconds can take that long.
  }, 120_000);
});

/** The web app's documents as its codegen writes them (apps/web/src/gql/graphql.ts): one JSON AST a line. */
function webDocuments(): Array<{ name: string; document: DocumentNode }> {
  const generated = readFileSync(path.join(__dirname, '../../../../web/src/gql/graphql.ts'), 'utf8');
  return [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm)].map(([, name, json]) => ({ name, document: JSON.parse(json) as DocumentNode }));
}

describe('cost weighs list sizes', () => {
  const journeyAndClocks = 'edges { node { id journey { id at kind actor } slaClocks { id state dueAt } } }';
  const aliasedLeads = (first: string) => `{ ${Array.from({ length: 20 }, (_, i) => `l${i}: leads(first: ${first}) { ${journeyAndClocks} }`).join(' ')} }`;

  it.each(['HTTP', 'WebSocket'] as const)('refuses twenty aliased leads(first: 200) with nested lists over %s, naming cost and limit', async (transport) => {
    const { maxCost } = app.config.limits;
    const query = aliasedLeads('200');
    const result: OperationResult & { status?: number } = transport === 'HTTP' ? await app.gql(query) : await wsOperation(app.wsClient(), query);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({
      message: expect.stringMatching(new RegExp(`costs \\d+ .*the limit is ${maxCost}`)),
      extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', max: maxCost, actual: expect.any(Number) }),
    })]);
    expect(result.errors![0].extensions!.actual).toBeGreaterThan(20 * 200);
    if (transport === 'HTTP') expect(result.status).toBe(400);
  });

  it.each(['HTTP', 'WebSocket'] as const)('counts a first given as a variable at its value over %s', async (transport) => {
    const query = `query ($n: Int!) { ${['a', 'b', 'c', 'd'].map((alias) => `${alias}: leads(first: $n) { ${journeyAndClocks} }`).join(' ')} }`;
    const run = (n: number) => (transport === 'HTTP' ? app.gql(query, { n }) : wsOperation(app.wsClient(), query, { n }));
    expectOk(await run(5));
    const refused = await run(200);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors).toEqual([expect.objectContaining({
      message: expect.stringContaining(`the limit is ${app.config.limits.maxCost}`), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'COST' }),
    })]);
  });

  it("keeps every document of the web app well under the limit, at the page sizes it asks for", () => {
    const documents = webDocuments();
    expect(documents.map(({ name }) => name)).toEqual(expect.arrayContaining(['Dashboard', 'MetricDetail', 'Leads', 'Lead', 'Observations', 'ActiveAlerts']));
    const rule = queryLimitsRule(app.config.limits);
    const pageSizes = { first: 50 };
    for (const { name, document } of documents) {
      expect([name, validate(app.app.schema, document, [rule])]).toEqual([name, []]);
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION)!;
      expect([name, variableCostError(app.app.schema, document, operation, pageSizes, { ...app.config.limits, maxCost: app.config.limits.maxCost / 2 })]).toEqual([name, null]);
    }
  });
});
