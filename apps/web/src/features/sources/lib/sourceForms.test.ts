import { describe, expect, it } from 'vitest';
import { connectionSchema, sourceSchema, toConnectionInput, toSourceFormValues, toSourceInput } from './sourceForms';

describe('connection form', () => {
  it('needs a postgres:// connection string to connect, and keeps the stored one when left empty on edit', () => {
    expect(connectionSchema(true).safeParse({ name: 'Warehouse', connectionString: '' }).success).toBe(false);
    expect(connectionSchema(true).safeParse({ name: 'Warehouse', connectionString: 'mysql://x/y' }).success).toBe(false);
    expect(connectionSchema(true).safeParse({ name: 'Warehouse', connectionString: 'postgres://u:p@db:5432/w' }).success).toBe(true);
    expect(connectionSchema(false).safeParse({ name: 'Warehouse', connectionString: '' }).success).toBe(true);
    expect(toConnectionInput({ name: ' Warehouse ', connectionString: '' })).toEqual({ name: 'Warehouse', connectionString: null });
  });
});

describe('source form', () => {
  const values = { ...toSourceFormValues(null, 'c1'), metricKey: 'sales.revenue' };

  it('turns the form into the API input: columns split, one schedule', () => {
    expect(toSourceInput({ ...values, dimensionColumns: ' region, channel ,' })).toMatchObject({
      metricKey: 'sales.revenue', connectionId: 'c1', dimensionColumns: ['region', 'channel'], everyMinutes: 15, cron: null,
    });
    expect(toSourceInput({ ...values, schedule: 'CRON', cron: '0 * * * *' })).toMatchObject({ everyMinutes: null, cron: '0 * * * *' });
  });

  it('refuses a schedule that is not whole minutes, or an empty cron', () => {
    const issues = (v: typeof values) => sourceSchema.safeParse(v).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ ...values, everyMinutes: '2.5' })).toEqual([['everyMinutes', 'sources.error.everyMinutes']]);
    expect(issues({ ...values, schedule: 'CRON', cron: '' })).toEqual([['cron', 'form.required']]);
    expect(sourceSchema.safeParse(values).success).toBe(true);
  });
});
