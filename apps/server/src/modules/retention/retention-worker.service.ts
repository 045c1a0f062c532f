import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import type { RetentionService } from './retention.service';

/** Runs the retention purge periodically on every instance (see RetentionService.purge: concurrent runs are safe). */
export class RetentionWorker extends PeriodicTask {
  constructor(retention: RetentionService, logger: Logger, intervalMs: number) {
    super(async () => {
      const purged = await retention.purge();
      if (purged.sessions + purged.webhookAttempts + purged.digests + purged.observationMonths > 0) logger.info(purged, 'retention: old rows deleted');
    }, intervalMs, logger, 'retention: purge');
  }
}
