import { isDatabaseUnavailable } from '../database/database-errors';
import type { Logger } from './logger';

/**
 * Runs `task` every `intervalMs`, never two at once (a slow run makes the next tick skip), logging failures: an
 * unreachable database as a warning (it comes back by itself), anything else as an error.
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
    this.timer ??= setInterval(() => {
      this.running ??= this.task().catch((error) => {
        if (isDatabaseUnavailable(error)) this.logger.warn(`${this.what}: database unavailable, skipping a run`);
        else this.logger.error({ err: error }, `${this.what} failed`);
      }).finally(() => (this.running = null));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
