import { DEPARTMENTS, isImportReasonCode, type Department, type ImportReason } from '@opshub/metrics';
import type { MessageVars, Translate } from '../../../shared/i18n';
import { LEAD_FIELDS, type LeadField } from './importForm';

/** A refusal as the server sends it: its English sentence and, for the import's own reasons, their code and params. */
export interface CodedReason {
  reason: string;
  code?: string | null;
  /** As the routes send them, or as GraphQL's JSONObject (an import's failure): only text and numbers are words. */
  params?: ImportReason['params'] | Readonly<Record<string, unknown>> | null;
}

const isIn = <T extends string>(list: readonly T[], value: unknown): value is T => (list as readonly unknown[]).includes(value);

/**
 * Why a row or file was refused, in the reader's language: rebuilt from the code and its params, since `reason`
 * is English for the API (and the rejected-rows CSV, which stays English). A department or lead field reads by its
 * label. Reasons without a code the page knows (those of the observation and lead write paths, a mapping's own
 * errors) are shown as the server wrote them.
 */
export function importReason(t: Translate, { reason, code, params }: CodedReason): string {
  if (!isImportReasonCode(code)) return reason;
  const vars: MessageVars = Object.fromEntries(Object.entries(params ?? {}).filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number'));
  if (isIn<Department>(DEPARTMENTS, vars.department)) vars.department = t(`department.${vars.department}`);
  if (isIn<LeadField>(LEAD_FIELDS, vars.field)) vars.field = t(`imports.lead.${vars.field}`);
  return t(`imports.reason.${code}`, vars);
}
