import type { DataSource } from 'typeorm';
import type { RetentionConfig } from '../../config';
import { qb, run } from '../../database/sql';
import { monthStart, type PartitionService } from '../partition/partition.service';

const DAY_MS = 86_400_000;

export interface Purged {
  sessions: number;
  webhookAttempts: number;
  digests: number;
  /** Monthly partitions of raw observations dropped. */
  observationMonths: number;
}

/**
 * Deletes what is only history: sessions ended (expired or revoked) more than `sessionDays` ago, the attempt
 * log of finished webhook deliveries older than `webhookAttemptDays` (a PENDING delivery keeps its whole log),
 * and digests created more than `digestOutboxDays` ago, sent or not (a relay that has not fetched one by then
 * would mail old news). Plain set-based deletes: safe on every instance at once, a second one finds nothing.
 * Raw observations go a whole UTC month partition at a time, `observationRawMonths` months before the current
 * one (PartitionService.dropBefore), after their rollups are brought up to date: reads of those months answer
 * from the rollups with the same numbers.
 */
export class RetentionService {
  constructor(private readonly db: DataSource, private readonly config: RetentionConfig, private readonly partitions: PartitionService) {}

  async purge(now = new Date()): Promise<Purged> {
    const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const sessionsBefore = before(this.config.sessionDays);
    const [sessions, webhookAttempts, digests] = await Promise.all([
      run(this.db, qb.deleteFrom('user_session')
        .where((eb) => eb.or([eb('expires_at', '<', sessionsBefore), eb('revoked_at', '<', sessionsBefore)]))
        .returning('token_hash')),
      run(this.db, qb.deleteFrom('webhook_attempt')
        .where('at', '<', before(this.config.webhookAttemptDays))
        .where('delivery_id', 'in', (eb) => eb.selectFrom('webhook_delivery').select('id').where('state', '<>', 'PENDING'))
        .returning('id')),
      run(this.db, qb.deleteFrom('digest_outbox').where('created_at', '<', before(this.config.digestOutboxDays)).returning('id')),
    ]);
    const months = this.config.observationRawMonths > 0 ? await this.partitions.dropBefore(monthStart(now, -this.config.observationRawMonths)) : [];
    return { sessions: sessions.length, webhookAttempts: webhookAttempts.length, digests: digests.length, observationMonths: months.length };
  }
}
