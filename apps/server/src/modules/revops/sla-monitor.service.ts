import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { JobQueue } from '../job/job-queue.service';

/** A kind of SLA clock the monitor watches (lead clocks, workflow clocks): both scans share its timer and job. */
export interface BreachScanner {
  /** Whether an open clock's deadline is at or before now. */
  anyDue(): Promise<boolean>;
  /** Breaches every due clock exactly once, whoever else scans; returns how many. */
  breachDue(): Promise<number>;
}

/** How often every instance looks for deadlines that have passed; a breach is detected at most this late. */
export const SLA_SCAN_INTERVAL_MS = 1000;

/** The job kind that breaches the due clocks. */
export const SLA_SCAN_JOB = 'sla.scan';

/**
 * Detects SLA breaches as their time passes, not when someone looks. Every instance checks each second whether
 * a deadline has passed and, if one has, queues a scan: a job of one key, so one instance scans at a time and at
 * most one more scan waits. A timer and not the queue's cron: its one-minute grain would let deadlines of
 * seconds pass unnoticed for up to a minute. Scans are only queued when there is something to breach, so the job
 * list is not a scan a second.
 */
export class SlaMonitor extends PeriodicTask {
  constructor(scanners: readonly BreachScanner[], jobs: JobQueue, logger: Logger, intervalMs = SLA_SCAN_INTERVAL_MS) {
    jobs.define<object>({
      name: SLA_SCAN_JOB,
      policy: 'stately',
      // The next check queues another scan if this one failed.
      retryLimit: 0,
      // A scan is in the list while its breaches are news, not for the week the other kinds stay.
      keepSeconds: 3600,
      run: async () => {
        let breached = 0;
        for (const scanner of scanners) breached += await scanner.breachDue();
        if (breached > 0) logger.info({ breached }, 'sla: deadlines breached');
      },
    });
    super(async () => {
      const due = await Promise.all(scanners.map((scanner) => scanner.anyDue()));
      if (due.includes(true)) await jobs.offer(SLA_SCAN_JOB, {}, { key: 'scan' });
    }, intervalMs, logger, 'sla: breach check');
  }
}
