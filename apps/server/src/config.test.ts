import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults that run the demo', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development', host: '0.0.0.0', port: 4000, databaseUrl: null,
      organization: { timeZone: 'Europe/Madrid' }, seed: { demoHistory: true, demoDays: 730 }, simulator: { enabled: true },
    });
  });

  it('reads the environment', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://x/y', ORG_TIMEZONE: 'Asia/Kolkata', SIMULATOR: 'off', SEED_DEMO: '0' });
    expect(config).toMatchObject({
      port: 8080, databaseUrl: 'postgres://x/y', organization: { timeZone: 'Asia/Kolkata' }, simulator: { enabled: false }, seed: { demoHistory: false },
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer between 0 and 65535/],
    [{ ORG_TIMEZONE: 'Mars/Olympus' }, /ORG_TIMEZONE "Mars\/Olympus" is not an IANA time zone/],
    [{ SIMULATOR: 'maybe' }, /SIMULATOR must be one of/],
  ])('rejects %p with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
