import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here: the compose file and the nginx configuration are checked by parsing them.
const root = path.resolve(__dirname, '../../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const nginxConf = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
const REPLICAS = ['server-1', 'server-2'];

/** Seconds of a compose duration such as "15s" or "1m30s". */
function seconds(duration: string): number {
  const match = /^(?:(\d+)m)?(?:(\d+)s)?$/.exec(duration);
  if (!match) throw new Error(`unsupported duration "${duration}"`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, two server replicas and nginx in front of them', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['nginx', 'postgres', 'redis', ...REPLICAS]);
    expect(compose.services['server-2']).toEqual(compose.services['server-1']);
  });

  it('hands each replica the shared database, the Redis bus and what it needs to start', () => {
    const server = compose.services['server-1'];
    const env = server.environment;
    const postgres = compose.services.postgres.environment;
    expect(env.DATABASE_URL).toBe(`postgres://${postgres.POSTGRES_USER}:${postgres.POSTGRES_PASSWORD}@postgres:5432/${postgres.POSTGRES_DB}`);
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    // One proxy hop (nginx): per-address sign-in limits see each client, not nginx.
    expect(env.TRUST_PROXY).toBe('1');
    expect(env.NODE_ENV).toBe('production');
    // Plain HTTP behind nginx: a Secure cookie would never come back, and nobody could sign in.
    expect([env.DEMO_USERS, env.SESSION_COOKIE_SECURE]).toEqual(['on', 'off']);
    expect(server.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
    // Reached through nginx only.
    expect(server.ports).toBeUndefined();
    // SIGTERM gets the whole drain before the engine resorts to SIGKILL.
    expect(seconds(server.stop_grace_period) * 1000).toBeGreaterThan(Number(env.SHUTDOWN_TIMEOUT_MS));
  });

  it('publishes nginx, with the configuration in deploy/, once both replicas are healthy', () => {
    const nginx = compose.services.nginx;
    expect(nginx.ports).toEqual(['4000:80']);
    expect(nginx.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
    expect(nginx.depends_on).toEqual(Object.fromEntries(REPLICAS.map((name) => [name, { condition: 'service_healthy' }])));
  });

  it('gives every service a healthcheck, the servers on /readyz, and keeps PostgreSQL data in a volume', () => {
    for (const [name, service] of Object.entries<any>(compose.services)) expect([name, Array.isArray(service.healthcheck?.test)]).toEqual([name, true]);
    expect(compose.services['server-1'].healthcheck.test.join(' ')).toContain('/readyz');
    expect(compose.services.postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres-data');
  });
});

describe('deploy/nginx.conf', () => {
  const port = compose.services['server-1'].environment.PORT;

  it('balances over both replicas on their port and listens where compose publishes it', () => {
    const upstream = /upstream opshub \{([^}]*)\}/.exec(nginxConf)?.[1] ?? '';
    for (const name of REPLICAS) expect(upstream).toMatch(new RegExp(`^\\s*server ${name}:${port}\\b`, 'm'));
    expect(nginxConf).toMatch(/^\s*listen 80;/m);
    expect(nginxConf).toMatch(/^\s*proxy_pass http:\/\/opshub;/m);
  });

  it('passes WebSocket upgrades through for graphql-ws', () => {
    expect(nginxConf).toMatch(/proxy_http_version 1\.1;/);
    expect(nginxConf).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(nginxConf).toMatch(/proxy_set_header Connection \$connection_upgrade;/);
    expect(nginxConf).toMatch(/map \$http_upgrade \$connection_upgrade \{\s*default upgrade;/);
  });

  it('forwards a request id and answers the healthcheck compose uses', () => {
    expect(nginxConf).toMatch(/proxy_set_header X-Request-Id \$opshub_request_id;/);
    const healthPath = /http:\/\/127\.0\.0\.1(\/[\w-]+)/.exec(compose.services.nginx.healthcheck.test.join(' '))![1];
    expect(nginxConf).toContain(`location = ${healthPath} {`);
  });
});
