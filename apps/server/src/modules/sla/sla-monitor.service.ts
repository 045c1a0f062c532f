import type { Logger } from '../../common/logger';
import { isDatabaseUnavailable } from '../../database/database-errors';
import type { SlaService } from './sla.service';

/** How often every instance looks for deadlines that have passed; a breach is detected at most this late. */
export const SLA_SCAN_INTERVAL_MS = 1000;

/**
 * Detects SLA breaches as their time passes, not when someone looks: a periodic set-based scan of the due
 * clocks. Every instance scans; each clock is claimed by exactly one (see SlaService.breachDue).
 */
export class SlaMonitor {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly sla: SlaService, private readonly logger: Logger, private readonly intervalMs = SLA_SCAN_INTERVAL_MS) {}

  start(): void {
    this.timer ??= setInterval(() => {
      this.running ??= this.sla.breachDue().then(
        (breached) => {
          if (breached > 0) this.logger.info({ breached }, 'sla: deadlines breached');
        },
        (error) => {
          if (isDatabaseUnavailable(error)) this.logger.warn('sla: database unavailable, skipping a scan');
          else this.logger.error({ err: error }, 'sla: breach scan failed');
        },
      ).finally(() => (this.running = null));
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
