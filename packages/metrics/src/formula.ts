/**
 * Derived metrics: arithmetic over other metrics' keys, e.g. `sales.deals_won / sales.deals_closed`.
 * The server evaluates a formula on the period aggregates of its inputs, so a ratio rolls up as
 * sum/sum rather than as an average of ratios. Parsed by hand: formulas are user input and must never
 * reach eval or Function.
 */

export type FormulaNode =
  | { type: 'number'; value: number }
  | { type: 'metric'; key: string }
  | { type: 'negate'; operand: FormulaNode }
  | { type: 'binary'; operator: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode };

export class FormulaError extends Error {
  /** 0-based character offset in the source. */
  readonly position: number;

  constructor(message: string, position: number) {
    super(message);
    this.name = 'FormulaError';
    this.position = position;
  }
}

type Token =
  | { kind: 'number'; value: number; position: number; text: string }
  | { kind: 'metric'; key: string; position: number; text: string }
  | { kind: 'symbol'; symbol: '+' | '-' | '*' | '/' | '(' | ')'; position: number; text: string }
  | { kind: 'invalid'; position: number; text: string }
  | { kind: 'end'; position: number; text: string };

const NUMBER = /\d+(?:\.\d+)?/y;
const METRIC_KEY = /[A-Za-z][A-Za-z0-9_.]*/y;
const WHITESPACE = /\s/;
// Bounds the recursion depth of parsing and evaluation, so hostile input cannot overflow the stack.
const MAX_LENGTH = 1000;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (WHITESPACE.test(char)) {
      i += 1;
      continue;
    }
    if (char === '+' || char === '-' || char === '*' || char === '/' || char === '(' || char === ')') {
      tokens.push({ kind: 'symbol', symbol: char, position: i, text: char });
      i += 1;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(source);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), position: i, text: number[0] });
      i += number[0].length;
      continue;
    }
    METRIC_KEY.lastIndex = i;
    const key = METRIC_KEY.exec(source);
    if (key) {
      tokens.push({ kind: 'metric', key: key[0], position: i, text: key[0] });
      i += key[0].length;
      continue;
    }
    // Reported when the parser reaches it, so that the leftmost error wins.
    tokens.push({ kind: 'invalid', position: i, text: char });
    i += 1;
  }
  tokens.push({ kind: 'end', position: source.length, text: '' });
  return tokens;
}

function describe(token: Token): string {
  if (token.kind === 'end') return `end of formula at position ${token.position}`;
  return `${token.kind === 'invalid' ? 'character ' : ''}"${token.text}" at position ${token.position}`;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    const node = this.expression();
    const next = this.peek();
    if (next.kind !== 'end') throw new FormulaError(`Unexpected ${describe(next)}, expected an operator`, next.position);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private nextSymbol(...symbols: string[]): '+' | '-' | '*' | '/' | null {
    const token = this.peek();
    if (token.kind === 'symbol' && symbols.includes(token.symbol)) {
      this.index += 1;
      return token.symbol as '+' | '-' | '*' | '/';
    }
    return null;
  }

  private expression(): FormulaNode {
    let left = this.term();
    for (let operator = this.nextSymbol('+', '-'); operator; operator = this.nextSymbol('+', '-')) {
      left = { type: 'binary', operator, left, right: this.term() };
    }
    return left;
  }

  private term(): FormulaNode {
    let left = this.unary();
    for (let operator = this.nextSymbol('*', '/'); operator; operator = this.nextSymbol('*', '/')) {
      left = { type: 'binary', operator, left, right: this.unary() };
    }
    return left;
  }

  private unary(): FormulaNode {
    return this.nextSymbol('-') ? { type: 'negate', operand: this.unary() } : this.primary();
  }

  private primary(): FormulaNode {
    const token = this.peek();
    if (token.kind === 'number') {
      this.index += 1;
      return { type: 'number', value: token.value };
    }
    if (token.kind === 'metric') {
      this.index += 1;
      return { type: 'metric', key: token.key };
    }
    if (token.kind === 'symbol' && token.symbol === '(') {
      this.index += 1;
      const inner = this.expression();
      const close = this.peek();
      if (close.kind !== 'symbol' || close.symbol !== ')') {
        throw new FormulaError(
          `Unexpected ${describe(close)}, expected ")" to close "(" at position ${token.position}`,
          close.position,
        );
      }
      this.index += 1;
      return inner;
    }
    throw new FormulaError(`Unexpected ${describe(token)}, expected a number, a metric key or "("`, token.position);
  }
}

export function parseFormula(source: string): FormulaNode {
  if (source.trim() === '') throw new FormulaError('Formula is empty', 0);
  if (source.length > MAX_LENGTH) throw new FormulaError(`Formula is longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  return new Parser(tokenize(source)).parse();
}

function collectInputs(node: FormulaNode, keys: Set<string>): void {
  switch (node.type) {
    case 'metric':
      keys.add(node.key);
      return;
    case 'negate':
      collectInputs(node.operand, keys);
      return;
    case 'binary':
      collectInputs(node.left, keys);
      collectInputs(node.right, keys);
      return;
    case 'number':
      return;
  }
}

/** Distinct metric keys in order of first appearance. */
export function formulaInputs(source: string): string[] {
  const keys = new Set<string>();
  collectInputs(parseFormula(source), keys);
  return [...keys];
}

type Values = Readonly<Record<string, number | null | undefined>>;

function evaluate(node: FormulaNode, values: Values): number | null {
  switch (node.type) {
    case 'number':
      return node.value;
    case 'metric': {
      // Own properties only: a key like "constructor" must not resolve to Object.prototype.
      const value = Object.hasOwn(values, node.key) ? values[node.key] : undefined;
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    }
    case 'negate': {
      const operand = evaluate(node.operand, values);
      return operand === null ? null : -operand;
    }
    case 'binary': {
      const left = evaluate(node.left, values);
      const right = evaluate(node.right, values);
      if (left === null || right === null) return null;
      switch (node.operator) {
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '*':
          return left * right;
        case '/':
          return right === 0 ? null : left / right;
      }
    }
  }
}

/**
 * null when an input is missing (null, undefined or not finite), on division by zero, or when the result
 * is not finite: a derived KPI without a meaningful value shows no data rather than 0 or Infinity.
 */
export function evaluateFormula(source: string | FormulaNode, values: Values): number | null {
  const result = evaluate(typeof source === 'string' ? parseFormula(source) : source, values);
  return result !== null && Number.isFinite(result) ? result : null;
}
