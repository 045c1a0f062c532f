import { aggregatePoints, type Point } from './aggregate';
import { FormulaError, evaluateFormula, formulaInputs, parseFormula, type FormulaNode } from './formula';

describe('parseFormula', () => {
  it.each<[string, FormulaNode]>([
    [
      '1 + 2 * 3',
      {
        type: 'binary',
        operator: '+',
        left: { type: 'number', value: 1 },
        right: { type: 'binary', operator: '*', left: { type: 'number', value: 2 }, right: { type: 'number', value: 3 } },
      },
    ],
    [
      '-sales.deals_won / (x2 - 0.5)',
      {
        type: 'binary',
        operator: '/',
        left: { type: 'negate', operand: { type: 'metric', key: 'sales.deals_won' } },
        right: { type: 'binary', operator: '-', left: { type: 'metric', key: 'x2' }, right: { type: 'number', value: 0.5 } },
      },
    ],
    ['--a', { type: 'negate', operand: { type: 'negate', operand: { type: 'metric', key: 'a' } } }],
  ])('%s', (source, expected) => {
    expect(parseFormula(source)).toEqual(expected);
  });

  it.each<[string, string, number, RegExp]>([
    ['an empty formula', '', 0, /empty/],
    ['a blank formula', '   ', 0, /empty/],
    ['a dangling operator', 'a +', 3, /^Unexpected end of formula at position 3/],
    ['two operators', 'a + * b', 4, /^Unexpected "\*" at position 4/],
    ['an unclosed parenthesis', '(a + b', 6, /expected "\)" to close "\(" at position 0/],
    ['a stray closing parenthesis', 'a + b)', 5, /^Unexpected "\)" at position 5/],
    ['empty parentheses', '()', 1, /^Unexpected "\)" at position 1/],
    ['a number glued to a name', '2x', 1, /^Unexpected "x" at position 1/],
    ['two operands', 'a b', 2, /^Unexpected "b" at position 2/],
    ['an unknown character', 'a # b', 2, /^Unexpected character "#" at position 2/],
    ['a key starting with _', '_a', 0, /^Unexpected character "_" at position 0/],
    ['a number starting with a dot', '.5', 0, /^Unexpected character "\." at position 0/],
    ['a function call', 'eval("x")', 4, /^Unexpected "\(" at position 4/],
    ['the leftmost of two errors', 'a ) #', 2, /^Unexpected "\)" at position 2/],
    ['an over-long formula', 'a'.repeat(1001), 1000, /longer than 1000 characters/],
  ])('rejects %s', (_, source, position, message) => {
    let error: unknown;
    try {
      parseFormula(source);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FormulaError);
    expect(error).toBeInstanceOf(Error);
    expect((error as FormulaError).name).toBe('FormulaError');
    expect((error as FormulaError).position).toBe(position);
    expect((error as FormulaError).message).toMatch(message);
  });

  it('parses deep nesting within the length limit', () => {
    expect(evaluateFormula(`${'('.repeat(400)}a${')'.repeat(400)}`, { a: 7 })).toBe(7);
  });
});

describe('formulaInputs', () => {
  it.each<[string, string[]]>([
    ['sales.deals_won / sales.deals_closed', ['sales.deals_won', 'sales.deals_closed']],
    ['a + b * a - c.d', ['a', 'b', 'c.d']],
    ['-(b) / a', ['b', 'a']],
    ['42', []],
  ])('%s → %j', (source, expected) => {
    expect(formulaInputs(source)).toEqual(expected);
  });

  it('throws FormulaError on bad syntax', () => {
    expect(() => formulaInputs('a +')).toThrow(FormulaError);
  });
});

describe('evaluateFormula', () => {
  it.each<[string, Record<string, number | null | undefined>, number | null]>([
    ['sales.deals_won / sales.deals_closed', { 'sales.deals_won': 12, 'sales.deals_closed': 48 }, 0.25],
    ['1 + 2 * 3', {}, 7],
    ['(1 + 2) * 3', {}, 9],
    ['10 - 4 - 3', {}, 3],
    ['100 / 10 / 2', {}, 5],
    ['-a + 5', { a: 2 }, 3],
    ['-(a - 5)', { a: 2 }, 3],
    ['2 * -a', { a: 2 }, -4],
    ['0.5 * a', { a: 3 }, 1.5],
    ['a / b', { a: 1, b: 0 }, null],
    ['a / (b - b)', { a: 1, b: 4 }, null],
    ['a * 0 + b', { a: null, b: 1 }, null],
    ['a + b', { a: 1 }, null],
    ['a + b', { a: 1, b: undefined }, null],
    ['a + 1', { a: Number.NaN }, null],
    ['a + 1', { a: Number.POSITIVE_INFINITY }, null],
    ['a / b', { a: 1e308, b: 1e-10 }, null],
    ['a * b', { a: 1e308, b: 10 }, null],
    ['constructor + 1', {}, null],
    ['3', {}, 3],
  ])('%s with %j → %s', (source, values, expected) => {
    expect(evaluateFormula(source, values)).toBe(expected);
  });

  it('accepts a parsed formula', () => {
    expect(evaluateFormula(parseFormula('a * 2'), { a: 3 })).toBe(6);
  });

  it('throws FormulaError on bad syntax', () => {
    expect(() => evaluateFormula('a / ', { a: 1 })).toThrow(FormulaError);
  });

  it('rolls a ratio up as sum/sum when fed period aggregates', () => {
    // January 3 of 4 deals won (75 %), February 1 of 16 (6.25 %): the quarter is 4/20, not the mean 40.625 %.
    const points = (values: number[]): Point[] =>
      values.map((value, month) => ({ at: new Date(Date.UTC(2026, month, 15)), value, series: '' }));
    const won = aggregatePoints(points([3, 1]), 'SUM');
    const closed = aggregatePoints(points([4, 16]), 'SUM');
    expect(evaluateFormula('won / closed', { won, closed })).toBe(0.2);
  });
});
