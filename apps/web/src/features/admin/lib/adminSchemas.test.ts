import { describe, expect, it } from 'vitest';
import { apiKeySchema, departmentsFor, inviteSchema, organizationSchema, passwordSchema, setPasswordLink, slaPolicySchema, userSchema } from './adminSchemas';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the administration forms', () => {
  it('accept a head of two departments and refuse a head of none', () => {
    expect(inviteSchema.safeParse({ email: 'ana@example.com', name: 'Ana', role: 'DEPARTMENT_HEAD', departments: ['SALES', 'MARKETING'] }).success).toBe(true);
    expect(issues(userSchema.safeParse({ name: 'Ana', role: 'DEPARTMENT_HEAD', departments: [] }))).toEqual([['departments', 'admin.users.departmentsRequired']]);
    expect(userSchema.safeParse({ name: 'Eve', role: 'EXECUTIVE', departments: [] }).success).toBe(true);
  });

  it('name each bad field', () => {
    expect(issues(inviteSchema.safeParse({ email: 'not an address', name: ' ', role: 'VIEWER', departments: ['SALES'] }))).toEqual([
      ['email', 'admin.users.emailInvalid'],
      ['name', 'admin.users.nameRequired'],
    ]);
    expect(issues(apiKeySchema.safeParse({ name: 'k', scopes: [], department: '', expiresAt: '' }))).toEqual([['scopes', 'admin.keys.scopesRequired']]);
    expect(issues(passwordSchema.safeParse({ password: 'short', confirm: 'short' }))).toEqual([['password', 'admin.password.tooShort']]);
    expect(issues(passwordSchema.safeParse({ password: 'long enough now', confirm: 'long enough' }))).toEqual([['confirm', 'admin.password.mismatch']]);
    expect(issues(slaPolicySchema.safeParse({ minutes: 0, active: true }))).toEqual([['minutes', 'admin.sla.minutesInvalid']]);
    expect(issues(slaPolicySchema.safeParse({ minutes: Number.NaN, active: true }))).toEqual([['minutes', 'admin.sla.minutesInvalid']]);
  });

  it('validate the time zone (IANA) and the currency (ISO 4217)', () => {
    expect(organizationSchema.safeParse({ name: 'Acme', timeZone: 'America/Bogota', currency: 'COP' }).success).toBe(true);
    expect(issues(organizationSchema.safeParse({ name: 'Acme', timeZone: 'Mars/Olympus', currency: 'EURO' }))).toEqual([
      ['timeZone', 'admin.org.timeZoneInvalid'],
      ['currency', 'admin.org.currencyInvalid'],
    ]);
  });

  it('drop departments for the roles that see every one', () => {
    expect(departmentsFor({ role: 'ADMIN', departments: ['SALES'] })).toEqual([]);
    expect(departmentsFor({ role: 'VIEWER', departments: ['SALES'] })).toEqual(['SALES']);
  });

  it('build the one-time link', () => {
    expect(setPasswordLink('https://opshub.example', 'abc_-1')).toBe('https://opshub.example/set-password/abc_-1');
  });
});
