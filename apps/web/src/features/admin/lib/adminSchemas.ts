import { z } from '../../../shared/forms/zod';
import { API_KEY_SCOPES, DEPARTMENTS, isValidTimeZone, ROLES } from '@opshub/metrics';

/** The roles bound to departments; the others see every department. */
export const BOUND_ROLES: readonly string[] = ['DEPARTMENT_HEAD', 'VIEWER'];
export const MIN_PASSWORD_LENGTH = 10;

/** Messages are dictionary keys, shown beside their field in the language of the page. */
const grant = {
  name: z.string().trim().min(1, 'admin.users.nameRequired'),
  role: z.enum(ROLES),
  departments: z.array(z.enum(DEPARTMENTS)),
};

function departmentsMatchRole(form: { role: string; departments: readonly string[] }): boolean {
  return !BOUND_ROLES.includes(form.role) || form.departments.length > 0;
}

const departmentsRule = { path: ['departments'], message: 'admin.users.departmentsRequired' };

export const userSchema = z.object(grant).refine(departmentsMatchRole, departmentsRule);
export type UserForm = z.infer<typeof userSchema>;

export const inviteSchema = z.object({ email: z.email('admin.users.emailInvalid'), ...grant }).refine(departmentsMatchRole, departmentsRule);
export type InviteForm = z.infer<typeof inviteSchema>;

/** What the server stores for a role: admins and executives are bound to nothing. */
export function departmentsFor(form: { role: string; departments: string[] }): string[] {
  return BOUND_ROLES.includes(form.role) ? form.departments : [];
}

export const apiKeySchema = z.object({
  name: z.string().trim().min(1, 'admin.keys.nameRequired'),
  scopes: z.array(z.enum(API_KEY_SCOPES)).min(1, 'admin.keys.scopesRequired'),
  department: z.union([z.enum(DEPARTMENTS), z.literal('')]),
  // A day (YYYY-MM-DD) from the date input, or empty for a key that does not expire.
  expiresAt: z.string().refine((day) => day === '' || /^\d{4}-\d{2}-\d{2}$/.test(day), 'admin.keys.expiryInvalid'),
});
export type ApiKeyForm = z.infer<typeof apiKeySchema>;

export const passwordSchema = z
  .object({ password: z.string().min(MIN_PASSWORD_LENGTH, 'admin.password.tooShort'), confirm: z.string() })
  .refine((form) => form.password === form.confirm, { path: ['confirm'], message: 'admin.password.mismatch' });
export type PasswordForm = z.infer<typeof passwordSchema>;

/** Minutes in the form, seconds on the server. */
export const slaPolicySchema = z.object({
  minutes: z.number('admin.sla.minutesInvalid').int('admin.sla.minutesInvalid').min(1, 'admin.sla.minutesInvalid').max(60 * 24 * 30, 'admin.sla.minutesInvalid'),
  active: z.boolean(),
});
export type SlaPolicyForm = z.infer<typeof slaPolicySchema>;

export const CURRENCIES: readonly string[] = Intl.supportedValuesOf('currency');

export const organizationSchema = z.object({
  name: z.string().trim().min(1, 'admin.org.nameRequired').max(120, 'admin.org.nameRequired'),
  timeZone: z.string().refine(isValidTimeZone, 'admin.org.timeZoneInvalid'),
  currency: z.string().refine((code) => CURRENCIES.includes(code), 'admin.org.currencyInvalid'),
});
export type OrganizationForm = z.infer<typeof organizationSchema>;

/** The link a person opens to choose their password. */
export function setPasswordLink(origin: string, token: string): string {
  return `${origin}/set-password/${encodeURIComponent(token)}`;
}
