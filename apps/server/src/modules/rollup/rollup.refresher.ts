import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';
import { PeriodicTask } from '../../common/periodic-task';
import { LeaderLock, LOCKS } from '../../database/advisory-lock';
import { foldOldestChanges } from './rollup.fold';

/** Changes one fold takes at most: bounds its transaction and locks while a backlog (a large import) drains. */
const FOLD_LIMIT = 5000;

/**
 * Folds the writes' change log into the rollups every `intervalMs`, so reads seldom have to fold themselves.
 * Every instance runs it but only the elected one folds: one refresher per database, and another instance takes
 * over within an interval when the leader dies. A backlog is folded oldest first, a chunk per transaction.
 */
export class RollupRefresher {
  private readonly leader: LeaderLock;
  private readonly task: PeriodicTask;
  private stopping = false;

  constructor(private readonly db: DataSource, intervalMs: number, logger: Logger) {
    this.leader = new LeaderLock(db, LOCKS.rollupRefresher);
    this.task = new PeriodicTask(() => this.foldPending(), intervalMs, logger, 'rollups: folding changes');
  }

  start(): void {
    this.stopping = false;
    this.task.start();
  }

  async stop(): Promise<void> {
    // A long backlog is left to the next leader (or to reads) rather than holding up the shutdown.
    this.stopping = true;
    await this.task.stop();
    await this.leader.release();
  }

  private async foldPending(): Promise<void> {
    if (!(await this.leader.acquire())) return;
    while (!this.stopping && (await foldOldestChanges(this.db, FOLD_LIMIT)) === FOLD_LIMIT);
  }
}
