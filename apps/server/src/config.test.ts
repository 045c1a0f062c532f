import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults that run the demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development', host: '0.0.0.0', port: 4000, databaseUrl: null,
      organization: { timeZone: 'Europe/Madrid' }, seed: { demoHistory: true, demoDays: 730 }, simulator: { enabled: true },
      databasePoolSize: 10, databaseStatementTimeoutMs: 30_000, redisUrl: null, logLevel: 'info', shutdownTimeoutMs: 10_000,
    });
  });

  it('keeps tests quiet unless LOG_LEVEL says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'Debug' }).logLevel).toBe('debug');
  });

  it('reads the environment', () => {
    const config = loadConfig({
      PORT: '8080', DATABASE_URL: 'postgres://x/y', ORG_TIMEZONE: 'Asia/Kolkata', SIMULATOR: 'off', SEED_DEMO: '0',
      REDIS_URL: 'redis://cache:6379', DATABASE_POOL_SIZE: '20', DATABASE_STATEMENT_TIMEOUT_MS: '5000', SHUTDOWN_TIMEOUT_MS: '5000', LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080, databaseUrl: 'postgres://x/y', organization: { timeZone: 'Asia/Kolkata' }, simulator: { enabled: false }, seed: { demoHistory: false },
      redisUrl: 'redis://cache:6379', databasePoolSize: 20, databaseStatementTimeoutMs: 5000, shutdownTimeoutMs: 5000, logLevel: 'warn',
    });
  });

  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    expect(loadConfig({}).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'on' }).introspection).toBe(true);
    expect(loadConfig({ INTROSPECTION: 'off' }).introspection).toBe(false);
  });

  it('uses the public development source key only for the embedded demo, and refuses a key that is not 32 bytes', () => {
    const key = Buffer.alloc(32, 7);
    expect(loadConfig({ SOURCE_ENCRYPTION_KEY: key.toString('base64') }).sources.encryptionKey).toEqual(key);
    expect(loadConfig({}).sources.encryptionKey).toHaveLength(32);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/opshub' }).sources.encryptionKey).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/opshub' }).sources.encryptionKey).toBeNull();
    expect(loadConfig({ NODE_ENV: 'production' }).sources.encryptionKey).toHaveLength(32);
    expect(() => loadConfig({ SOURCE_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') })).toThrow(/SOURCE_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('reads TRUST_PROXY as off, a hop count or addresses, and refuses anything else', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback, fd00::1' }).trustProxy).toEqual(['10.0.0.0/8', 'loopback', 'fd00::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
  });

  it('reads the webhook allowlist: host names, addresses and CIDRs', () => {
    expect(loadConfig({}).webhooks.allowedHosts).toEqual([]);
    expect(loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'hooks.intranet.example, 10.20.0.0/16,::1' }).webhooks.allowedHosts).toEqual(['hooks.intranet.example', '10.20.0.0/16', '::1']);
    expect(() => loadConfig({ WEBHOOK_ALLOWED_HOSTS: 'http://x' })).toThrow(/WEBHOOK_ALLOWED_HOSTS/);
  });

  it('reads the request limits', () => {
    expect(loadConfig({}).limits).toEqual({ maxDepth: 10, maxCost: 5000, maxAliases: 20, maxDirectives: 20, maxTokens: 2000, maxBodyBytes: 8 * 1024 * 1024, maxConcurrentOperations: 8 });
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '300', MAX_BODY_BYTES: '65536' }).limits).toMatchObject({ maxDepth: 6, maxCost: 300, maxBodyBytes: 65536 });
  });

  it('reads the dashboard cache settings, 0 entries turning it off', () => {
    expect(loadConfig({}).dashboardCache).toEqual({ maxEntries: 2000, maxBytes: 64 * 1024 * 1024, windowMs: 30_000 });
    expect(loadConfig({ DASHBOARD_CACHE_ENTRIES: '0', DASHBOARD_CACHE_MB: '8', DASHBOARD_CACHE_WINDOW_SECONDS: '15' }).dashboardCache)
      .toEqual({ maxEntries: 0, maxBytes: 8 * 1024 * 1024, windowMs: 15_000 });
  });

  it.each([
    [{ DASHBOARD_CACHE_WINDOW_SECONDS: '7' }, /DASHBOARD_CACHE_WINDOW_SECONDS must divide 60/],
    [{ DASHBOARD_CACHE_ENTRIES: '-1' }, /DASHBOARD_CACHE_ENTRIES must be an integer between 0/],
    [{ GRAPHQL_MAX_DEPTH: '0' }, /GRAPHQL_MAX_DEPTH must be an integer between 1 and 1000/],
    [{ MAX_BODY_BYTES: '10' }, /MAX_BODY_BYTES must be an integer between 1024/],
    [{ INTROSPECTION: 'sometimes' }, /INTROSPECTION must be one of/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer between 0 and 65535/],
    [{ ORG_TIMEZONE: 'Mars/Olympus' }, /ORG_TIMEZONE "Mars\/Olympus" is not an IANA time zone/],
    [{ SIMULATOR: 'maybe' }, /SIMULATOR must be one of/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal\/error\/warn\/info\/debug\/trace\/silent/],
    [{ DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be an integer between 1 and 1000/],
  ])('rejects %p with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
