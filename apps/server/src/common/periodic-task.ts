import { databaseFailureOf } from '../database/database-errors';
import type { Logger } from './logger';

/**
 * How background work reports a failed run: a retryable database failure as a warning (it passes by itself, and
 * the next run catches up), anything else as an error.
 */
export function logBackgroundFailure(logger: Logger, what: string, error: unknown): void {
  const failure = databaseFailureOf(error);
  if (failure) logger.warn({ err: error, failure }, `${what}: database failure (${failure}), skipping a run`);
  else logger.error({ err: error }, `${what} failed`);
}

/**
 * Runs `task` every `intervalMs` once started, or at once through `runNow`, never two at once (a run asked
 * for while one is under way is skipped), logging failures with `logBackgroundFailure`.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => this.runNow(), this.intervalMs);
  }

  /** A run now, without waiting for the interval (say, after a commit that gave the task work); none once stopped. */
  runNow(): void {
    if (!this.timer) return;
    this.running ??= this.task()
      .catch((error) => logBackgroundFailure(this.logger, this.what, error))
      .finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
