import {
  DIMENSION_LIMITS,
  MAX_BATCH_SIZE,
  MAX_FUTURE_SKEW_MS,
  MIN_OBSERVATION_DATE,
  dimensionFilterProblem,
  dimensionValueLabel,
  validateDimensions,
  validateObservationValue,
} from './dimensions';

const eight = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((name) => [name, 'x']));

describe('validateDimensions', () => {
  it.each<[string, unknown, Record<string, string>]>([
    ['null', null, {}],
    ['undefined', undefined, {}],
    ['no dimensions', {}, {}],
    ['two dimensions', { region: 'EMEA', plan_tier: 'gold' }, { region: 'EMEA', plan_tier: 'gold' }],
    ['eight dimensions', eight, eight],
    ['a 64-character name', { ['a'.repeat(64)]: 'x' }, { ['a'.repeat(64)]: 'x' }],
    ['a 256-character value', { region: 'x'.repeat(256) }, { region: 'x'.repeat(256) }],
    // 256 emoji are 512 UTF-16 code units but 256 characters.
    ['256 astral characters', { region: '🌍'.repeat(256) }, { region: '🌍'.repeat(256) }],
  ])('accepts %s', (_, input, expected) => {
    expect(validateDimensions(input)).toEqual({ ok: true, value: expected });
  });

  it('returns a copy, not the input', () => {
    const input = { region: 'EMEA' };
    const result = validateDimensions(input);
    expect(result.ok && result.value).not.toBe(input);
  });

  it.each<[string, unknown, string, string]>([
    ['a string', 'EMEA', 'dimensions', 'must be an object of names to string values'],
    ['an array', ['EMEA'], 'dimensions', 'must be an object of names to string values'],
    ['a date', new Date(0), 'dimensions', 'must be an object of names to string values'],
    ['nine dimensions', { ...eight, i: 'x' }, 'dimensions', 'at most 8 dimensions are allowed'],
    ['an upper-case name', { Region: 'x' }, 'dimensions.Region', 'name must match ^[a-z][a-z0-9_]*$ (lowercase letters, digits and _, starting with a letter)'],
    ['a name starting with a digit', { '1a': 'x' }, 'dimensions.1a', 'name must match ^[a-z][a-z0-9_]*$ (lowercase letters, digits and _, starting with a letter)'],
    ['a name with a dash', { 'a-b': 'x' }, 'dimensions.a-b', 'name must match ^[a-z][a-z0-9_]*$ (lowercase letters, digits and _, starting with a letter)'],
    ['a NUL in a value', { region: 'EM\u0000EA' }, 'dimensions.region', 'must not contain NUL characters'],
    ['a lone high surrogate', { region: 'EMEA\uD83C' }, 'dimensions.region', 'must be well-formed Unicode (a lone surrogate was sent)'],
    ['a lone low surrogate', { region: '\uDF0DEMEA' }, 'dimensions.region', 'must be well-formed Unicode (a lone surrogate was sent)'],
    ['__proto__ from JSON', JSON.parse('{"__proto__": "x"}'), 'dimensions.__proto__', 'name must match ^[a-z][a-z0-9_]*$ (lowercase letters, digits and _, starting with a letter)'],
    ['a 65-character name', { ['a'.repeat(65)]: 'x' }, `dimensions.${'a'.repeat(65)}`, 'name is longer than 64 characters'],
    ['a number value', { region: 5 }, 'dimensions.region', 'must be a string'],
    ['a null value', { region: null }, 'dimensions.region', 'must be a string'],
    ['an empty value', { region: '' }, 'dimensions.region', 'must not be empty'],
    ['a 257-character value', { region: 'x'.repeat(257) }, 'dimensions.region', 'value is longer than 256 characters'],
  ])('rejects %s', (_, input, field, reason) => {
    expect(validateDimensions(input)).toEqual({ ok: false, field, reason });
  });
});

describe('validateObservationValue', () => {
  it.each<[unknown, string | null]>([
    [1, null],
    [0, null],
    [-3.5, null],
    [Number.MAX_VALUE, null],
    [Number.NaN, 'must be a number, not NaN'],
    [Number.POSITIVE_INFINITY, 'must be finite'],
    [Number.NEGATIVE_INFINITY, 'must be finite'],
    ['5', 'must be a number'],
    [null, 'must be a number'],
    [undefined, 'must be a number'],
    [BigInt(5), 'must be a number'],
  ])('%p → %p', (value, expected) => {
    expect(validateObservationValue(value)).toBe(expected);
  });
});

describe('input limits', () => {
  it.each<[string, unknown, unknown]>([
    ['DIMENSION_LIMITS', DIMENSION_LIMITS, { maxDimensions: 8, maxNameLength: 64, maxValueLength: 256 }],
    ['MAX_BATCH_SIZE', MAX_BATCH_SIZE, 10000],
    ['MAX_FUTURE_SKEW_MS', MAX_FUTURE_SKEW_MS, 86_400_000],
    ['MIN_OBSERVATION_DATE', MIN_OBSERVATION_DATE.getTime(), 0],
  ])('%s', (_, actual, expected) => {
    expect(actual).toEqual(expected);
  });
});

describe('dimensionFilterProblem', () => {
  it('accepts filters on well-formed dimensions with values, and no filters at all', () => {
    expect(dimensionFilterProblem([])).toBeNull();
    expect(dimensionFilterProblem([{ dimension: 'region', values: ['EMEA'] }, { dimension: 'deal_size2', values: ['S', 'M'] }])).toBeNull();
  });

  it('names the first bad filter and its field', () => {
    expect(dimensionFilterProblem([{ dimension: 'region', values: ['EMEA'] }, { dimension: 'Region', values: ['EMEA'] }]))
      .toEqual({ index: 1, field: 'dimension', reason: 'Unknown dimension "Region"' });
    expect(dimensionFilterProblem([{ dimension: 'region', values: [] }, { dimension: '1x', values: [] }]))
      .toEqual({ index: 0, field: 'values', reason: 'A filter needs at least one value' });
    expect(dimensionFilterProblem([{ dimension: "region' OR 1=1", values: ['x'] }])?.field).toBe('dimension');
  });
});

describe('dimensionValueLabel', () => {
  it.each([
    ['lead_management', 'Lead management'],
    ['amelie-laurent', 'Amelie laurent'],
    ['MID_MARKET', 'Mid market'],
    ['NA', 'NA'],
    ['EMEA', 'EMEA'],
    ['web', 'Web'],
    ['Spring Sale', 'Spring Sale'],
    ['q4_Promo', 'q4 Promo'],
    ['__', '__'],
    ['javascript:window.__xss=4// team', 'javascript:window.__xss=4// team'],
    ['"><svg onload=window.__xss=3> channel', '"><svg onload=window.__xss=3> channel'],
    ['north_america (old)', 'north_america (old)'],
  ])('%s → %s', (value, label) => {
    expect(dimensionValueLabel(value)).toBe(label);
  });
});
