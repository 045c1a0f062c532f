import { badUserInput } from './errors';

/** `first` of a connection: a whole number from 1 to the list's maximum. */
export function checkPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) throw badUserInput(`first must be between 1 and ${max}`, { field: 'first' });
}

/** A keyset cursor, opaque to clients: the row's sort timestamp and its id. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), String(id)])).toString('base64url');
}

/** The position `encodeCursor` wrote; `idPattern` is the shape of the list's ids. Anything else is the caller's mistake. */
export function decodeCursor(cursor: string, idPattern: RegExp): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !idPattern.test(id)) throw new Error('bad cursor');
    return { at: date, id };
  } catch {
    throw badUserInput('after is not a cursor this API returned', { field: 'after' });
  }
}
