/** Input rules for observations, shared by the API (which enforces them) and the app (which explains them). */

export const DIMENSION_LIMITS = { maxDimensions: 8, maxNameLength: 64, maxValueLength: 256 } as const;

export const DIMENSION_NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

export const MAX_BATCH_SIZE = 10000;

/** Points stamped more than a day ahead are rejected: they are clock or time-zone mistakes, not forecasts. */
export const MAX_FUTURE_SKEW_MS = 24 * 3600 * 1000;

export const MIN_OBSERVATION_DATE = new Date('1970-01-01T00:00:00Z');

export type DimensionsValidation =
  | { ok: true; value: Record<string, string> }
  | { ok: false; field: string; reason: string };

/** A NUL, or half of a surrogate pair: text that is not storable (PostgreSQL refuses both) nor well-formed Unicode. */
// eslint-disable-next-line no-control-regex -- a NUL is exactly what this looks for
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a piece of text cannot be stored as given, or null. */
export function unstorableText(text: string): string | null {
  const found = UNSTORABLE_TEXT.exec(text);
  if (!found) return null;
  return found[0] === '\u0000' ? 'must not contain NUL characters' : 'must be well-formed Unicode (a lone surrogate was sent)';
}

function isPlainObject(input: unknown): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null) return false;
  const prototype = Object.getPrototypeOf(input);
  return prototype === Object.prototype || prototype === null;
}

/** Validates a dimension set; null or undefined means "no dimensions". */
export function validateDimensions(input: unknown): DimensionsValidation {
  if (input === null || input === undefined) return { ok: true, value: {} };
  if (!isPlainObject(input)) return { ok: false, field: 'dimensions', reason: 'must be an object of names to string values' };
  const entries = Object.entries(input);
  if (entries.length > DIMENSION_LIMITS.maxDimensions) {
    return { ok: false, field: 'dimensions', reason: `at most ${DIMENSION_LIMITS.maxDimensions} dimensions are allowed` };
  }
  const value: Record<string, string> = {};
  for (const [name, dimensionValue] of entries) {
    const field = `dimensions.${name}`;
    if (name.length > DIMENSION_LIMITS.maxNameLength) {
      return { ok: false, field, reason: `name is longer than ${DIMENSION_LIMITS.maxNameLength} characters` };
    }
    if (!DIMENSION_NAME_PATTERN.test(name)) {
      return { ok: false, field, reason: 'name must match ^[a-z][a-z0-9_]*$ (lowercase letters, digits and _, starting with a letter)' };
    }
    if (typeof dimensionValue !== 'string') return { ok: false, field, reason: 'must be a string' };
    if (dimensionValue === '') return { ok: false, field, reason: 'must not be empty' };
    const unstorable = unstorableText(dimensionValue);
    if (unstorable) return { ok: false, field, reason: unstorable };
    // Counted in code points, as the database counts characters.
    if ([...dimensionValue].length > DIMENSION_LIMITS.maxValueLength) {
      return { ok: false, field, reason: `value is longer than ${DIMENSION_LIMITS.maxValueLength} characters` };
    }
    value[name] = dimensionValue;
  }
  return { ok: true, value };
}

/** The reason an observation value is unacceptable, or null when it is fine. */
export function validateObservationValue(value: unknown): string | null {
  if (typeof value !== 'number') return 'must be a number';
  if (Number.isNaN(value)) return 'must be a number, not NaN';
  if (!Number.isFinite(value)) return 'must be finite';
  return null;
}

/** What a breakdown or an alert rule filters on: one dimension, any of these values. */
export interface DimensionFilterInput {
  dimension: string;
  values: readonly string[];
}

export interface DimensionFilterProblem {
  /** Which filter of the list. */
  index: number;
  field: 'dimension' | 'values';
  reason: string;
}

/** The first invalid filter, or null: each names a dimension (DIMENSION_NAME_PATTERN) and lists at least one value. */
export function dimensionFilterProblem(filters: readonly DimensionFilterInput[]): DimensionFilterProblem | null {
  for (const [index, filter] of filters.entries()) {
    if (!DIMENSION_NAME_PATTERN.test(filter.dimension)) return { index, field: 'dimension', reason: `Unknown dimension "${filter.dimension}"` };
    if (filter.values.length === 0) return { index, field: 'values', reason: 'A filter needs at least one value' };
  }
  return null;
}

/**
 * How a dimension value without a stored label is shown: codes in capitals (NA, EMEA, SMB) as they are, other
 * codes as a sentence: `lead_management` → "Lead management", `amelie-laurent` → "Amelie laurent". Stored labels
 * (and rep names) say it better; this only keeps raw snake_case off the screen. Anything else is shown exactly as
 * stored: a value that is not a code (words, punctuation) was written for people, as it was written.
 */
export function dimensionValueLabel(value: string): string {
  if (/^[A-Z0-9]+$/.test(value) || !/^[A-Za-z0-9]+(?:[_-]+[A-Za-z0-9]+)*$/.test(value)) return value;
  const words = value.replace(/[_-]+/g, ' ').trim();
  if (!words) return value;
  // Mixed case ("Spring Sale") was written for people already.
  if (words !== words.toLowerCase() && words !== words.toUpperCase()) return words;
  const sentence = words.toLowerCase();
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
