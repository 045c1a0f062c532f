import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { DigestService } from './digest.service';

/** Sends the digests that are due, on every instance; each one is claimed by exactly one (see runDue). */
export class DigestScheduler extends PeriodicTask {
  constructor(digests: DigestService, logger: Logger, intervalMs: number) {
    super(async () => {
      const sent = await digests.runDue();
      if (sent > 0) logger.info({ sent }, 'digests: sent');
    }, intervalMs, logger, 'digests: run');
  }
}
