import type { DataSource } from 'typeorm';
import { isValidTimeZone } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { OrganizationSettingsEntity } from './organization.entity';

export interface OrganizationSettings {
  name: string;
  timeZone: string;
  currency: string;
}

const MAX_NAME_LENGTH = 120;
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** The name, time zone and currency: the environment's until an ADMIN edits them in the app. */
export class OrganizationService {
  constructor(private readonly db: DataSource, private readonly defaults: OrganizationSettings, private readonly audit: AuditService) {}

  async settings(): Promise<OrganizationSettings> {
    const row = await this.db.getRepository(OrganizationSettingsEntity).findOneBy({ id: true });
    return row ? { name: row.name, timeZone: row.timeZone, currency: row.currency } : { ...this.defaults };
  }

  async update(input: { [K in keyof OrganizationSettings]?: string | null }, actor: AuditActor): Promise<OrganizationSettings> {
    const before = await this.settings();
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
    await this.db.transaction(async (tx) => {
      await tx.getRepository(OrganizationSettingsEntity).upsert({ id: true, ...after, updatedAt: new Date() }, ['id']);
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'ORGANIZATION', objectId: 'organization', objectLabel: after.name, department: null, before, after,
      });
    });
    return after;
  }
}
