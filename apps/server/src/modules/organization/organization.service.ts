import type { DataSource } from 'typeorm';
import { isValidTimeZone } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import type { Logger } from '../../common/logger';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { EventBus } from '../bus/event-bus';
import { analyzeRollups, recutRollups } from '../rollup/rollup.rebuild';
import { OrganizationSettingsEntity } from './organization.entity';

export interface OrganizationSettings {
  name: string;
  timeZone: string;
  currency: string;
}

const MAX_NAME_LENGTH = 120;
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** A missed bus message (a long outage) still reaches this instance within this. */
const RELOAD_EVERY_MS = 60_000;

/**
 * The name, time zone and currency: the environment's until an ADMIN edits them in the app. Every service that
 * cuts periods or prices reads `current()`, which each instance keeps in step with the database: `load()` at
 * start-up, then on every change announced over the bus (and once a minute in case a message was lost).
 */
export class OrganizationService {
  private cached: OrganizationSettings;
  private watch: { stop(): void } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly defaults: OrganizationSettings,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly logger?: Logger,
  ) {
    this.cached = { ...defaults };
  }

  /** The settings in force on this instance. */
  current(): OrganizationSettings {
    return this.cached;
  }

  /** Reads the settings (after the migrations: the table must exist) and puts them in force here. */
  async load(): Promise<OrganizationSettings> {
    const row = await this.db.getRepository(OrganizationSettingsEntity).findOneBy({ id: true });
    this.cached = row ? { name: row.name, timeZone: row.timeZone, currency: row.currency } : { ...this.defaults };
    return this.cached;
  }

  /** Follows other instances' changes until `stopWatching`. */
  startWatching(): void {
    const events = this.bus.subscribe('organizationChanged');
    const reload = () => this.load().catch((error: unknown) => this.logger?.warn({ err: error }, 'organisation settings: reload failed, kept the last ones'));
    const timer = setInterval(reload, RELOAD_EVERY_MS);
    timer.unref();
    void (async () => {
      for await (const _ of events) await reload();
    })();
    this.watch = { stop: () => { clearInterval(timer); void events.return?.(); } };
  }

  stopWatching(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /**
   * A new time zone recuts the daily rollups in the same transaction, so no reader ever meets days cut in one
   * zone and periods cut in another on this instance; the others follow within a bus message.
   */
  async update(input: { [K in keyof OrganizationSettings]?: string | null }, actor: AuditActor): Promise<OrganizationSettings> {
    const before = await this.load();
    const after = { ...before };
    if (input.name != null) {
      after.name = input.name.trim();
      if (!after.name || after.name.length > MAX_NAME_LENGTH) throw badUserInput(`name must have 1 to ${MAX_NAME_LENGTH} characters`, { field: 'input.name' });
    }
    if (input.timeZone != null) {
      if (!isValidTimeZone(input.timeZone)) throw badUserInput(`"${input.timeZone}" is not an IANA time zone such as Europe/Madrid`, { field: 'input.timeZone' });
      after.timeZone = input.timeZone;
    }
    if (input.currency != null) {
      if (!CURRENCIES.has(input.currency)) throw badUserInput(`"${input.currency}" is not an ISO 4217 currency code such as EUR`, { field: 'input.currency' });
      after.currency = input.currency;
    }
    const recut = await this.db.transaction(async (tx) => {
      await tx.getRepository(OrganizationSettingsEntity).upsert({ id: true, ...after, updatedAt: new Date() }, ['id']);
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'ORGANIZATION', objectId: 'organization', objectLabel: after.name, department: null, before, after,
      });
      return recutRollups(tx, after.timeZone, { onlyIfZoneChanged: true });
    });
    this.cached = after;
    this.bus.publish('organizationChanged', {});
    if (recut) await analyzeRollups(this.db);
    return after;
  }
}
