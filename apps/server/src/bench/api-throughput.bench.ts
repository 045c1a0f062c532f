import autocannon from 'autocannon';
import { benchHeaders, gql, KPI_QUERY } from './documents';
import { progress, summarize } from './measure';
import type { Figure } from './report';

const CONNECTIONS = 50;
const DURATION_S = 6;
const ROUNDS = 3;
const KEY = 'sales.win_rate';

async function load(url: string, body: string): Promise<{ rate: number; p99: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, method: 'POST', headers: benchHeaders(), body });
  if (result.errors + result.timeouts + result.non2xx > 0) throw new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`);
  return { rate: result.requests.average, p99: result.latency.p99 };
}

/**
 * Requests/s and p99 of the `kpi` query at 50 connections through Apollo Server on Express, against plain
 * graphql-js `graphql()` on node:http with the same schema and services, in alternating rounds.
 */
export async function apiThroughputBench(apolloUrl: string, plainUrl: string, size: string): Promise<Figure[]> {
  const variables = { key: KEY, compare: 'PREVIOUS_PERIOD', range: null, locale: null };
  const body = JSON.stringify({ query: KPI_QUERY, variables });
  await gql(apolloUrl, KPI_QUERY, variables);
  await gql(plainUrl, KPI_QUERY, variables);
  const apollo: Array<{ rate: number; p99: number }> = [];
  const plain: Array<{ rate: number; p99: number }> = [];
  for (let round = 0; round < ROUNDS; round++) {
    apollo.push(await load(apolloUrl, body));
    plain.push(await load(plainUrl, body));
    progress(`kpi throughput round ${round + 1}/${ROUNDS}: Apollo ${Math.round(apollo.at(-1)!.rate)} req/s, plain graphql-js ${Math.round(plain.at(-1)!.rate)} req/s`);
  }
  const rate = summarize(apollo.map((r) => r.rate));
  const plainRate = summarize(plain.map((r) => r.rate));
  const label = `${CONNECTIONS} connections, ${size}`;
  return [
    {
      case: 'API throughput', figure: `kpi(${KEY}) requests/s, Apollo Server + Express`, size: label, unit: 'req/s', value: rate,
      baseline: { name: 'plain graphql-js', value: plainRate }, ratio: { label: 'of plain', value: rate.median / plainRate.median },
      goal: { text: '≥ 0.35× plain graphql-js', met: rate.median / plainRate.median >= 0.35 },
    },
    {
      case: 'API throughput', figure: `kpi(${KEY}) p99 latency, Apollo Server + Express`, size: label, unit: 'ms',
      value: summarize(apollo.map((r) => r.p99)), baseline: { name: 'plain graphql-js', value: summarize(plain.map((r) => r.p99)) },
    },
  ];
}
