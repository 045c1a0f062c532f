import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here: the compose file is checked by parsing it.
const compose = parse(readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8'));

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis and the server', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['postgres', 'redis', 'server']);
  });

  it('hands the server what it needs to start', () => {
    const server = compose.services.server;
    const env = server.environment;
    const postgres = compose.services.postgres.environment;
    expect(env.DATABASE_URL).toBe(`postgres://${postgres.POSTGRES_USER}:${postgres.POSTGRES_PASSWORD}@postgres:5432/${postgres.POSTGRES_DB}`);
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(server.ports).toContain(`${env.PORT}:${env.PORT}`);
    expect(server.depends_on).toEqual({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
  });

  it('gives every service a healthcheck and keeps PostgreSQL data in a volume', () => {
    for (const [name, service] of Object.entries<any>(compose.services)) expect([name, Array.isArray(service.healthcheck?.test)]).toEqual([name, true]);
    expect(compose.services.postgres.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres-data');
  });
});
