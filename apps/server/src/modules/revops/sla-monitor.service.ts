import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { SlaService } from './sla.service';

/** How often every instance looks for deadlines that have passed; a breach is detected at most this late. */
export const SLA_SCAN_INTERVAL_MS = 1000;

/**
 * Detects SLA breaches as their time passes, not when someone looks: a periodic set-based scan of the due
 * clocks. Every instance scans; each clock is claimed by exactly one (see SlaService.breachDue).
 */
export class SlaMonitor extends PeriodicTask {
  constructor(sla: SlaService, logger: Logger, intervalMs = SLA_SCAN_INTERVAL_MS) {
    super(async () => {
      const breached = await sla.breachDue();
      if (breached > 0) logger.info({ breached }, 'sla: deadlines breached');
    }, intervalMs, logger, 'sla: breach scan');
  }
}
