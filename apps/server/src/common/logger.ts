import { randomUUID } from 'node:crypto';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config';

export type { Logger };

export interface LoggerOutput {
  /** A person is reading: pretty, coloured lines instead of JSON. Defaults to whether stdout is a terminal. */
  tty?: boolean;
  /** Where lines go; stdout by default. */
  stream?: DestinationStream;
}

type PinoPretty = typeof import('pino-pretty');

/**
 * pino-pretty is a development dependency, absent from the production image: loaded only for a
 * terminal, and JSON when it is not installed.
 */
function loadPretty(): PinoPretty | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when present and needed (see above)
    return require('pino-pretty') as PinoPretty;
  } catch {
    return null;
  }
}

/**
 * One JSON object per line, ISO timestamps and level names, for any log shipper to parse (files, pipes,
 * docker); in a terminal (`npm start`), the same records as readable coloured lines.
 */
export function createLogger(level: LogLevel, output: LoggerOutput = {}): Logger {
  const tty = output.tty ?? process.stdout.isTTY === true;
  const options = {
    level,
    base: { service: 'opshub', pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const pretty = tty ? loadPretty() : null;
  if (pretty) {
    // Synchronous, like pino's own stdout writes, so the last lines before an exit are not lost.
    return pino(options, pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'service,pid', destination: output.stream ?? 1 }));
  }
  return output.stream ? pino(options, output.stream) : pino(options);
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's `x-request-id` when it is a sane token (it ends up in logs), else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}
