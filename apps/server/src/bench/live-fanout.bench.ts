import WebSocket from 'ws';
import { generateLiveTick } from '../seed/demo-history';
import type { BenchServer } from './bench-server.client';
import { benchHeaders, gql, KPI_UPDATED_SUBSCRIPTION, RECORD_MUTATION } from './documents';
import { percentile, progress, sleep, summarize, type Summary } from './measure';
import type { Figure } from './report';

const SUBSCRIBERS = [100, 1_000, 5_000, 10_000];
/** Where each goal is judged: memory and frame rate at 5,000 (as the earlier rounds measured), latency and SQL at 10,000. */
const MEMORY_AT = 5_000;
const FRAME_RATE_AT = 5_000;
const LATENCY_AT = 10_000;
/** Steady writes: the simulator's batches (a few metrics each, at now), four a second. */
const WRITE_EVERY_MS = 250;
const WINDOW_MS = 10_000;
const RAW_BROADCASTS = 5;
const CONNECT_AT_ONCE = 200;
const UPDATED_AT = '"lastUpdatedAt":"';

interface Frame {
  receivedAt: number;
  /** The snapshot's lastUpdatedAt: when the write's transaction took its timestamp, just before it committed. */
  updatedAt: number;
}

/**
 * graphql-transport-ws spoken directly over `ws`, reading frames as Buffers (no decoding), so that 10,000
 * clients cost the bench process, which shares the machine with the server, as little as possible.
 */
function subscribe(url: string, dashboard: string, onFrame: (frame: Buffer) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    socket.once('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: benchHeaders().authorization } })));
    socket.on('message', (data: Buffer) => {
      if (!data.subarray(0, 32).toString().includes('"connection_ack"')) return onFrame(data);
      // Every socket uses id "1", so one frame is valid on all of them: the raw broadcast sends exactly it.
      const variables = { dashboard, compare: 'PREVIOUS_PERIOD', range: null, locale: null };
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: KPI_UPDATED_SUBSCRIPTION, variables } }));
      resolve(socket);
    });
  });
}

const writeInput = (tick: number) => generateLiveTick({ now: new Date(), tick }).map((p) => ({ ...p, at: p.at.toISOString() }));

/** Frames per second of each fan-out (from its first to its last frame at the clients), median over fan-outs. */
function fanOutRate(groups: Iterable<number[]>): Summary {
  const rates = [...groups].filter((times) => times.length > 1).map((times) => {
    const spread = Math.max(...times) - Math.min(...times);
    return times.length / (Math.max(spread, 1) / 1000);
  });
  return summarize(rates);
}

/**
 * N graphql-ws subscribers spread over the six dashboards while writes arrive at a steady rate: commit-to-
 * delivery latency, SQL statements per second, memory per idle subscribed connection, and the fan-out frame
 * rate against raw `ws` sending the same frame on the same sockets. Memory is read first, at each N on a
 * server that has not sent a frame yet; the write windows then run from the largest N down to 100.
 */
export async function liveFanOutBench(server: BenchServer, dashboards: readonly string[]): Promise<Figure[]> {
  const sockets: WebSocket[] = [];
  let frames: Frame[] = [];
  let rawReceipts: number[] = [];
  let phase: 'idle' | 'writes' | 'raw' = 'idle';
  let lastFrame: Buffer = Buffer.alloc(0);
  const onFrame = (frame: Buffer) => {
    const receivedAt = Date.now();
    if (phase === 'raw') return void rawReceipts.push(receivedAt);
    const at = frame.indexOf(UPDATED_AT);
    if (phase !== 'writes' || at < 0) return;
    lastFrame = frame;
    const start = at + UPDATED_AT.length;
    frames.push({ receivedAt, updatedAt: Date.parse(frame.toString('latin1', start, frame.indexOf('"', start))) });
  };
  const settle = async (n: number) => {
    while ((await server.stats()).subscribers !== n) await sleep(500);
    await sleep(1000);
    return server.stats();
  };

  const memory = new Map<number, Figure>();
  const idle = await server.stats();
  for (const n of SUBSCRIBERS) {
    while (sockets.length < n) {
      const batch = Array.from({ length: Math.min(CONNECT_AT_ONCE, n - sockets.length) }, (_, i) => subscribe(server.wsUrl, dashboards[(sockets.length + i) % dashboards.length], onFrame));
      sockets.push(...(await Promise.all(batch)));
    }
    const { memory: used } = await settle(n);
    const rss = (used.rss - idle.memory.rss) / n / 1024;
    const heap = (used.heapUsed + used.external - idle.memory.heapUsed - idle.memory.external) / n / 1024;
    progress(`live N=${n}: ${rss.toFixed(1)} KB RSS, ${heap.toFixed(1)} KB JS heap + buffers per idle subscribed connection`);
    memory.set(n, {
      case: 'Live fan-out', figure: 'server memory per idle subscribed connection, RSS growth', size: `N = ${n.toLocaleString('en')}`, unit: 'KB',
      value: { median: rss, p95: rss, runs: 1 }, note: `of it JS heap + buffers ${heap.toFixed(1)} KB`,
      goal: n === MEMORY_AT ? { text: '≤ 12 KB', met: rss <= 12 } : undefined,
    });
  }

  const windows = new Map<number, { latency: number[]; writes: number; statementsPerSecond: number; graphqlRate: Summary; rawRate: Summary }>();
  let tick = 0;
  for (const n of [...SUBSCRIBERS].reverse()) {
    for (const socket of sockets.splice(n)) socket.close();
    await settle(n);
    // One write before the window warms this N's code paths (its frames are not counted).
    await gql(server.url, RECORD_MUTATION, { input: writeInput(tick++) });
    await sleep(1000);
    frames = [];
    phase = 'writes';
    const before = await server.stats();
    const started = Date.now();
    while (Date.now() - started < WINDOW_MS) {
      const next = Date.now() + WRITE_EVERY_MS;
      await gql(server.url, RECORD_MUTATION, { input: writeInput(tick++) });
      await sleep(next - Date.now());
    }
    const windowS = (Date.now() - started) / 1000;
    const after = await server.stats();
    await sleep(1000);
    phase = 'idle';
    const byWrite = new Map<number, number[]>();
    for (const f of frames) {
      const receipts = byWrite.get(f.updatedAt);
      if (receipts) receipts.push(f.receivedAt);
      else byWrite.set(f.updatedAt, [f.receivedAt]);
    }
    const rawRuns: number[][] = [];
    phase = 'raw';
    for (let i = 0; i < RAW_BROADCASTS; i++) {
      rawReceipts = [];
      await server.broadcast(lastFrame.toString());
      while (rawReceipts.length < n) await sleep(20);
      rawRuns.push(rawReceipts);
      await sleep(200);
    }
    phase = 'idle';
    const latency = frames.map((f) => f.receivedAt - f.updatedAt);
    const statementsPerSecond = (after.statements - before.statements) / windowS;
    windows.set(n, { latency, writes: byWrite.size, statementsPerSecond, graphqlRate: fanOutRate(byWrite.values()), rawRate: fanOutRate(rawRuns) });
    progress(`live N=${n}: ${frames.length} frames, p50 ${percentile(latency, 50)} ms, p99 ${percentile(latency, 99)} ms, ${statementsPerSecond.toFixed(1)} statements/s`);
  }
  await Promise.all(sockets.map((socket) => new Promise((resolve) => {
    socket.once('close', resolve);
    socket.close();
  })));

  const base = windows.get(SUBSCRIBERS[0])!.statementsPerSecond;
  return SUBSCRIBERS.flatMap((n) => {
    const { latency, writes, statementsPerSecond, graphqlRate, rawRate } = windows.get(n)!;
    const size = `N = ${n.toLocaleString('en')}`;
    const p99 = percentile(latency, 99);
    return [
      {
        case: 'Live fan-out', figure: `commit-to-delivery latency (${latency.length.toLocaleString('en')} frames, ${writes} writes at ${1000 / WRITE_EVERY_MS}/s)`, size, unit: 'ms',
        value: { median: percentile(latency, 50), p95: percentile(latency, 95), runs: latency.length }, note: `p99 ${p99} ms`,
        goal: n === LATENCY_AT ? { text: 'p99 ≤ 250 ms', met: p99 <= 250 } : undefined,
      },
      {
        case: 'Live fan-out', figure: 'SQL statements/s (server process, writes included)', size, unit: '/s',
        value: { median: statementsPerSecond, p95: statementsPerSecond, runs: 1 },
        ratio: n === SUBSCRIBERS[0] ? undefined : { label: 'of N = 100', value: statementsPerSecond / base },
        goal: n === LATENCY_AT ? { text: '≤ 1.1× N = 100', met: statementsPerSecond <= 1.1 * base } : undefined,
      },
      memory.get(n)!,
      {
        case: 'Live fan-out', figure: 'delivered frames/s during a fan-out', size, unit: 'frames/s', value: graphqlRate,
        baseline: { name: 'raw ws broadcast', value: rawRate }, ratio: { label: 'of raw ws', value: graphqlRate.median / rawRate.median },
        goal: n === FRAME_RATE_AT ? { text: '≥ 0.9× raw ws', met: graphqlRate.median / rawRate.median >= 0.9 } : undefined,
      },
    ] satisfies Figure[];
  });
}
