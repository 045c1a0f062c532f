import { isIP } from 'node:net';
import { isValidTimeZone } from '@opshub/metrics';

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Unset: npm start runs an embedded PostgreSQL under `embeddedPostgres.dataDir`. */
  databaseUrl: string | null;
  /** Connections per instance: replicas × poolSize (+3 each for LISTEN and the simulator and rollup refresher locks) must fit max_connections. */
  databasePoolSize: number;
  /**
   * Longest any one statement may run (PostgreSQL statement_timeout on every pooled connection; 0: no bound).
   * A statement past it is cancelled and its request answers 503; known long work (the rollup rebuild) lifts it.
   */
  databaseStatementTimeoutMs: number;
  /**
   * Streaming replicas (DATABASE_READ_URLS) for reads that tolerate replication lag (dashboards, series, drill-through and
   * record lists; database/read-replicas.ts): each opens up to databasePoolSize connections. One lagging more than
   * maxLagMs (DATABASE_READ_MAX_LAG_MS) or not answering is out of rotation until a check (every checkMs,
   * DATABASE_READ_CHECK_MS) finds it healthy; with none in rotation the primary answers.
   */
  readReplicas: { urls: string[]; maxLagMs: number; checkMs: number };
  /** Unset: instances exchange events over PostgreSQL LISTEN/NOTIFY and count rate limits in memory; set: both in Redis. */
  redisUrl: string | null;
  /**
   * Which proxies' X-Forwarded-For to believe for the client's address (Express `trust proxy`): false (none: the
   * peer is the client), the number of proxy hops in front, or their addresses/CIDRs. Per-address limits key on it.
   */
  trustProxy: false | number | string[];
  embeddedPostgres: { dataDir: string; port: number };
  organization: { name: string; timeZone: string; currency: string };
  seed: { demoHistory: boolean; demoDays: number };
  simulator: { enabled: boolean; intervalMs: number };
  /** How often the elected instance folds the writes' change log into the rollups (reads fold what they need themselves). */
  rollups: { refreshMs: number };
  live: { tickMs: number };
  /**
   * Dashboard results kept between writes (modules/dashboard/dashboard-cache.ts): at most maxEntries results and
   * maxBytes of them (their JSON size), least recently read dropped first; 0 entries turns it off. A result serves
   * reads within its windowMs only (a divisor of a minute): the ends of relative ranges move with the clock.
   */
  dashboardCache: { maxEntries: number; maxBytes: number; windowMs: number };
  /** Alert rules of changed metrics are evaluated at most once per tick (writes within a tick coalesce). */
  /** freshnessScanMs: how often FRESHNESS rules are judged (a quiet metric sends no event). */
  alerts: { tickMs: number; freshnessScanMs: number };
  /** Outgoing webhooks: per-attempt timeout, exponential backoff between attempts (whole seconds, rounded up: the job queue's unit), attempts before FAILED. */
  webhooks: {
    timeoutMs: number; retryBaseMs: number; retryMaxMs: number; maxAttempts: number; concurrency: number;
    /** Host names, addresses and CIDRs webhooks may reach although they are internal (loopback, private, link-local…). */
    allowedHosts: string[];
  };
  /** How often each instance looks for digests that are due. */
  digests: { pollMs: number };
  /** The job queue (src/modules/job): how often idle workers look for jobs, and how often expired or orphaned jobs are retried. */
  jobs: { pollMs: number; superviseSeconds: number };
  /** File imports: the largest upload accepted (a larger one is refused with 413 naming this limit). */
  imports: { maxBytes: number };
  /** Outgoing e-mail (EMAIL channels, digests): the SMTP relay; host null leaves e-mail deliveries failing with "SMTP not configured". */
  mail: MailConfig;
  retention: RetentionConfig;
  partitions: PartitionConfig;
  sources: SourcesConfig;
  /** Directory of the built web app served on the API's port; null disables it. */
  webDistDir: string | null;
  logLevel: LogLevel;
  /** After SIGTERM the process exits within this, drained or not. */
  shutdownTimeoutMs: number;
  auth: AuthConfig;
  limits: LimitsConfig;
  /** Schema introspection (__schema, __type) on HTTP and WebSockets; off by default in production. */
  introspection: boolean;
  /** CSP `frame-ancestors`: who may embed the app in a frame; `'none'` by default. */
  frameAncestors: string[];
  /** CSP `frame-ancestors` of the shared-dashboard pages (/share/<token>): the intranet pages that may embed one; `'none'` by default. */
  shareFrameAncestors: string[];
}

export interface MailConfig {
  host: string | null;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS when the relay offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The From address of every message. */
  from: string;
}

/** How long history is kept (see src/modules/retention). */
export interface RetentionConfig {
  /** How often each instance deletes what is past its retention. */
  intervalMs: number;
  /** Days a session is kept after it expired or was revoked. */
  sessionDays: number;
  /** Days the attempt log of a finished webhook delivery is kept. */
  webhookAttemptDays: number;
  /** Days a digest is kept in the outbox, sent or not. */
  digestOutboxDays: number;
  /**
   * Whole UTC months of raw observations kept before the current one (older month partitions are dropped; the
   * hourly and daily rollups keep their history). 0 keeps every raw observation.
   */
  observationRawMonths: number;
}

/** The monthly partitions of observations (see src/modules/partition). */
export interface PartitionConfig {
  /** How often each instance makes sure the coming months have partitions and splits the default partition. */
  intervalMs: number;
  /** Months after the current one whose partitions are kept created. */
  aheadMonths: number;
}

/** Per-request bounds, the same on HTTP and on WebSockets (see src/modules/security). */
export interface LimitsConfig {
  /** Nested fields in an operation. */
  maxDepth: number;
  /** Fields in an operation's largest answer: fragments expanded, lists counted at their `first`. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens in a document, checked while parsing. */
  maxTokens: number;
  /** An HTTP request body or a WebSocket message (413 on HTTP; the socket is closed with 1009 on WebSockets). */
  maxBodyBytes: number;
  /** Queries and mutations one user or key may have running at once (subscriptions not counted), over HTTP and WebSockets together. */
  maxConcurrentOperations: number;
}

export interface AuthConfig {
  /** A web session ends this long after sign-in. */
  sessionTtlMs: number;
  /** Send the session cookie over HTTPS only (on by default in production). */
  cookieSecure: boolean;
  /** Browser origins allowed to open WebSockets besides the server's own; `*` allows any. */
  allowedOrigins: string[];
  /** Failed sign-ins allowed per e-mail and per address within `loginWindowMs`. */
  loginAttempts: number;
  loginWindowMs: number;
  /** Requests per user or API key in each one-minute window; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** How often open WebSockets check that their session or key still holds (revocations on other instances). */
  credentialRecheckMs: number;
  /** Seed one user per role with published passwords, and offer them on the sign-in page. */
  demoUsers: boolean;
  /** ADMIN_EMAIL and ADMIN_PASSWORD: the first ADMIN, created at start-up when no user has that e-mail. */
  bootstrapAdmin: { email: string; password: string } | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {}

/** SQL sources: how their connection strings are encrypted, and the bounds every warehouse query runs under. */
export interface SourcesConfig {
  /** AES-256-GCM key (32 bytes) for connection strings at rest; null: SQL sources cannot be connected (none was set). */
  encryptionKey: Buffer | null;
  /** How often each instance looks for sources due to sync. */
  pollMs: number;
  statementTimeoutMs: number;
  /** A query returning more rows than this fails rather than writing part of them. */
  rowCap: number;
  connectTimeoutMs: number;
}

/**
 * A development key, public in this repository: used only for the embedded demo database (no DATABASE_URL).
 * With a real database and no SOURCE_ENCRYPTION_KEY the server starts (as it does without SMTP) and refuses to
 * store a connection string, saying which variable to set.
 */
const DEV_SOURCE_KEY = Buffer.alloc(32, 'opshub-dev-source-key');

function sourceEncryptionKey(env: Env): Buffer | null {
  const text = env.SOURCE_ENCRYPTION_KEY?.trim();
  if (!text) return env.DATABASE_URL ? null : DEV_SOURCE_KEY;
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new ConfigError('SOURCE_ENCRYPTION_KEY must be 32 bytes in base64 (openssl rand -base64 32)');
  return key;
}

type Env = Readonly<Record<string, string | undefined>>;

function intVar(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return n;
}

/** Whole seconds that divide a minute, so that every window begins on a minute (and so on every local hour and day). */
function minuteDivisor(env: Env, name: string, fallback: number): number {
  const n = intVar(env, name, fallback, 1, 60);
  if (60 % n !== 0) throw new ConfigError(`${name} must divide 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60), got "${env[name]}"`);
  return n;
}

function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'on', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'off', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be one of on/off/true/false/1/0, got "${env[name]}"`);
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (!values.includes(raw as T)) throw new ConfigError(`${name} must be one of ${values.join('/')}, got "${env[name]}"`);
  return raw as T;
}

/** An address or CIDR (`10.0.0.0/8`, `fd00::/8`). */
function isAddressOrCidr(entry: string): boolean {
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  return rest.length === 0 && family !== 0 && (bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128)));
}

const listVar = (env: Env, name: string): string[] => (env[name] ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxy(env: Env): false | number | string[] {
  const raw = env.TRUST_PROXY?.trim() ?? '';
  if (raw === '' || ['0', 'off', 'false', 'no'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) return intVar(env, 'TRUST_PROXY', 0, 0, 10);
  const entries = listVar(env, 'TRUST_PROXY');
  const bad = entries.find((entry) => !PROXY_NAMES.includes(entry) && !isAddressOrCidr(entry));
  if (bad) throw new ConfigError(`TRUST_PROXY must be a hop count or addresses/CIDRs (or ${PROXY_NAMES.join(', ')}), got "${bad}"`);
  return entries;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;

function webhookAllowedHosts(env: Env): string[] {
  const entries = listVar(env, 'WEBHOOK_ALLOWED_HOSTS');
  const bad = entries.find((entry) => !isAddressOrCidr(entry) && !HOST_NAME.test(entry));
  if (bad) throw new ConfigError(`WEBHOOK_ALLOWED_HOSTS must list host names, addresses or CIDRs, got "${bad}"`);
  return entries;
}

// A source `frame-ancestors` accepts: 'none', 'self', or a scheme and host (`*.` and a port allowed), nothing that could end the directive.
const FRAME_SOURCE = /^(?:'none'|'self'|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)$/i;

function frameAncestors(env: Env, name: 'FRAME_ANCESTORS' | 'SHARE_FRAME_ANCESTORS'): string[] {
  const sources = (env[name] ?? '').split(/[\s,]+/).filter(Boolean);
  if (sources.length === 0) return ["'none'"];
  const invalid = sources.find((source) => !FRAME_SOURCE.test(source));
  if (invalid) throw new ConfigError(`${name}: "${invalid}" is not 'none', 'self' or an origin such as https://intranet.example.com`);
  if (sources.includes("'none'") && sources.length > 1) throw new ConfigError(`${name}: 'none' cannot be combined with other sources`);
  return sources;
}

/** DATABASE_READ_URLS: PostgreSQL URLs, comma-separated. */
function readReplicaUrls(env: Env): string[] {
  const urls = listVar(env, 'DATABASE_READ_URLS');
  urls.forEach((url, i) => {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      throw new ConfigError(`DATABASE_READ_URLS: entry ${i + 1} is not a URL (postgres://user:password@host:port/database)`);
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:') throw new ConfigError(`DATABASE_READ_URLS: entry ${i + 1} must start with postgres:// or postgresql://, got "${protocol}"`);
  });
  return urls;
}

function bootstrapAdmin(env: Env): { email: string; password: string } | null {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email || !password) throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD go together');
  return { email, password };
}

/** The one place the environment is read; everything else receives a Config. */
export function loadConfig(env: Env = process.env, defaults: { webDistDir?: string | null; dataDir?: string } = {}): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const timeZone = env.ORG_TIMEZONE || 'Europe/Madrid';
  if (!isValidTimeZone(timeZone)) throw new ConfigError(`ORG_TIMEZONE "${timeZone}" is not an IANA time zone`);
  return {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: intVar(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolSize: intVar(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    databaseStatementTimeoutMs: intVar(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000),
    readReplicas: {
      urls: readReplicaUrls(env),
      maxLagMs: intVar(env, 'DATABASE_READ_MAX_LAG_MS', 5000, 0, 3_600_000),
      checkMs: intVar(env, 'DATABASE_READ_CHECK_MS', 1000, 50, 60_000),
    },
    redisUrl: env.REDIS_URL || null,
    trustProxy: trustProxy(env),
    embeddedPostgres: {
      dataDir: env.EMBEDDED_PG_DIR || defaults.dataDir || '.data/postgres',
      port: intVar(env, 'EMBEDDED_PG_PORT', 54320, 1024, 65535),
    },
    organization: { name: env.ORG_NAME || 'OpsHub Demo Co.', timeZone, currency: env.ORG_CURRENCY || 'USD' },
    seed: { demoHistory: boolVar(env, 'SEED_DEMO', true), demoDays: intVar(env, 'SEED_DEMO_DAYS', 730, 1, 3650) },
    simulator: { enabled: boolVar(env, 'SIMULATOR', true), intervalMs: intVar(env, 'SIMULATOR_INTERVAL_MS', 3000, 100, 3_600_000) },
    rollups: { refreshMs: intVar(env, 'ROLLUP_REFRESH_MS', 250, 10, 60_000) },
    live: { tickMs: intVar(env, 'LIVE_TICK_MS', 200, 10, 60_000) },
    dashboardCache: {
      maxEntries: intVar(env, 'DASHBOARD_CACHE_ENTRIES', 2000, 0, 1_000_000),
      maxBytes: intVar(env, 'DASHBOARD_CACHE_MB', 64, 1, 65_536) * 1024 * 1024,
      windowMs: minuteDivisor(env, 'DASHBOARD_CACHE_WINDOW_SECONDS', 30) * 1000,
    },
    alerts: { tickMs: intVar(env, 'ALERT_TICK_MS', 500, 10, 60_000), freshnessScanMs: intVar(env, 'FRESHNESS_SCAN_MS', 60_000, 1000, 3_600_000) },
    webhooks: {
      timeoutMs: intVar(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 50, 120_000),
      retryBaseMs: intVar(env, 'WEBHOOK_RETRY_BASE_MS', 5000, 10, 3_600_000),
      retryMaxMs: intVar(env, 'WEBHOOK_RETRY_MAX_MS', 3_600_000, 10, 86_400_000),
      maxAttempts: intVar(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 100),
      concurrency: intVar(env, 'WEBHOOK_CONCURRENCY', 8, 1, 256),
      allowedHosts: webhookAllowedHosts(env),
    },
    digests: { pollMs: intVar(env, 'DIGEST_POLL_MS', 60_000, 10, 3_600_000) },
    jobs: {
      pollMs: intVar(env, 'JOB_POLL_MS', 2000, 500, 60_000),
      superviseSeconds: intVar(env, 'JOB_SUPERVISE_SECONDS', 30, 1, 3600),
    },
    imports: { maxBytes: intVar(env, 'IMPORT_MAX_BYTES', 256 * 1024 * 1024, 1, 4 * 1024 * 1024 * 1024) },
    mail: {
      host: env.SMTP_HOST?.trim() || null,
      port: intVar(env, 'SMTP_PORT', 587, 1, 65535),
      secure: boolVar(env, 'SMTP_SECURE', false),
      user: env.SMTP_USER || null,
      password: env.SMTP_PASSWORD || null,
      from: env.MAIL_FROM?.trim() || 'OpsHub <opshub@localhost>',
    },
    retention: {
      intervalMs: intVar(env, 'RETENTION_INTERVAL_MS', 3_600_000, 1000, 86_400_000),
      sessionDays: intVar(env, 'SESSION_RETENTION_DAYS', 30, 1, 3650),
      webhookAttemptDays: intVar(env, 'WEBHOOK_ATTEMPT_RETENTION_DAYS', 30, 1, 3650),
      digestOutboxDays: intVar(env, 'DIGEST_OUTBOX_RETENTION_DAYS', 90, 1, 3650),
      observationRawMonths: intVar(env, 'OBSERVATION_RAW_RETENTION_MONTHS', 0, 0, 1200),
    },
    partitions: {
      intervalMs: intVar(env, 'OBSERVATION_PARTITION_INTERVAL_MS', 3_600_000, 1000, 86_400_000),
      aheadMonths: intVar(env, 'OBSERVATION_PARTITIONS_AHEAD_MONTHS', 3, 1, 24),
    },
    sources: {
      encryptionKey: sourceEncryptionKey(env),
      pollMs: intVar(env, 'SOURCE_POLL_MS', 15_000, 100, 3_600_000),
      statementTimeoutMs: intVar(env, 'SOURCE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
      rowCap: intVar(env, 'SOURCE_ROW_CAP', 100_000, 1, 10_000_000),
      connectTimeoutMs: intVar(env, 'SOURCE_CONNECT_TIMEOUT_MS', 10_000, 100, 120_000),
    },
    webDistDir: env.WEB_DIST_DIR === '' ? null : env.WEB_DIST_DIR || defaults.webDistDir || null,
    // Tests run many servers in one process: quiet unless asked.
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    shutdownTimeoutMs: intVar(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 1000, 300_000),
    auth: {
      sessionTtlMs: intVar(env, 'SESSION_TTL_SECONDS', 12 * 3600, 5, 30 * 86_400) * 1000,
      cookieSecure: boolVar(env, 'SESSION_COOKIE_SECURE', nodeEnv === 'production'),
      allowedOrigins: (env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
      loginAttempts: intVar(env, 'LOGIN_MAX_ATTEMPTS', 5, 1, 1000),
      loginWindowMs: intVar(env, 'LOGIN_WINDOW_SECONDS', 900, 1, 86_400) * 1000,
      rateLimitPerMinute: intVar(env, 'RATE_LIMIT_PER_MINUTE', 1200, 0, 10_000_000),
      credentialRecheckMs: intVar(env, 'CREDENTIAL_RECHECK_MS', 5000, 50, 600_000),
      demoUsers: boolVar(env, 'DEMO_USERS', boolVar(env, 'SEED_DEMO', true)),
      bootstrapAdmin: bootstrapAdmin(env),
    },
    // The web app's largest operation is 6 deep, in ~200 tokens with no alias or directive; its costliest (100 alerts) costs ~2,100.
    limits: {
      maxDepth: intVar(env, 'GRAPHQL_MAX_DEPTH', 10, 1, 1000),
      maxCost: intVar(env, 'GRAPHQL_MAX_COST', 5000, 1, 1_000_000),
      maxAliases: intVar(env, 'GRAPHQL_MAX_ALIASES', 20, 0, 10_000),
      maxDirectives: intVar(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 10_000),
      maxTokens: intVar(env, 'GRAPHQL_MAX_TOKENS', 2000, 10, 1_000_000),
      // A batch of 10,000 typical points (~150 bytes each) is ~1.5 MB; the cap only stops abuse of the parser.
      maxBodyBytes: intVar(env, 'MAX_BODY_BYTES', 8 * 1024 * 1024, 1024, 256 * 1024 * 1024),
      // The web app runs at most ~6 at once (a dashboard's panels); 8 keeps one user from taking the database pool.
      maxConcurrentOperations: intVar(env, 'MAX_CONCURRENT_OPERATIONS', 8, 1, 10_000),
    },
    introspection: boolVar(env, 'INTROSPECTION', nodeEnv !== 'production'),
    frameAncestors: frameAncestors(env, 'FRAME_ANCESTORS'),
    shareFrameAncestors: frameAncestors(env, 'SHARE_FRAME_ANCESTORS'),
  };
}
