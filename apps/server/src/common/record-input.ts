import { DIMENSION_LIMITS, MIN_OBSERVATION_DATE } from '@opshub/metrics';

/** Checks shared by the records pushed through the API (leads, workflow records): each problem names its field. */
export type Problem = { field: string; reason: string };

/** Event times a little ahead of the server's clock are accepted as clock skew. */
export const FUTURE_SKEW_MS = 5 * 60_000;
export const MAX_TEXT = DIMENSION_LIMITS.maxValueLength;

export function optionalText(value: string | null | undefined, field: string, problems: Problem[]): string | null {
  if (value == null || value.trim() === '') return null;
  if ([...value].length > MAX_TEXT) problems.push({ field, reason: `is longer than ${MAX_TEXT} characters` });
  return value.trim();
}

export function requiredText(value: string | null | undefined, field: string, problems: Problem[]): string {
  const text = optionalText(value, field, problems);
  if (text === null) problems.push({ field, reason: 'must not be empty' });
  return text ?? '';
}

export function checkTime(at: Date, now: Date, field: string): Problem | null {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return { field, reason: 'must be an ISO-8601 timestamp' };
  if (at.getTime() > now.getTime() + FUTURE_SKEW_MS) return { field, reason: `lies in the future (${at.toISOString()})` };
  if (at < MIN_OBSERVATION_DATE) return { field, reason: `lies before ${MIN_OBSERVATION_DATE.toISOString()}` };
  return null;
}
