import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

/** One JSON object per line on stdout, ISO timestamps and level names, for any log shipper to parse. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'opshub', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane token (it ends up in logs), else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}
