import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  actualEconomics, canReadDepartment, COST_CATEGORIES, DEPARTMENTS, elapsedMonths, fromZonedParts, plannedEconomics, portfolioEconomics,
  type Grant,
} from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { UserEntity } from '../auth/auth.entity';
import type { Catalog } from '../metric/catalog';
import { queryStats } from '../rollup/rollup.read';
import { InitiativeEntity } from './initiative.entity';
import type { InitiativeInput } from './initiative.input';
import { Initiative, InitiativeOwner, InitiativePortfolio } from './initiative.type';

/** The metrics the initiatives' actuals are read from, by the `initiative` dimension. */
export const INITIATIVE_SPEND = 'finance.initiative_spend';
export const INITIATIVE_SAVING = 'finance.initiative_saving';
const INITIATIVE_DIMENSION = 'initiative';

const MAX_NAME_LENGTH = 200;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Fields = Pick<InitiativeEntity, 'name' | 'department' | 'ownerUserId' | 'costCategory' | 'startDate' | 'plannedInvestment' | 'expectedAnnualSaving' | 'metricKeys'>;

function amount(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw badUserInput(`${field} must be a number of USD, 0 or more`, { field: `input.${field}` });
  return value;
}

/** YYYY-MM-DD that names a real day, else an error naming `field` (input.startDate, input.dueDate). */
export function calendarDay(value: string, field = 'input.startDate'): string {
  const match = DATE.exec(value.trim());
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!match || !day || day.toISOString().slice(0, 10) !== value.trim()) throw badUserInput(`${field.replace(/^input\./, '')} must be a day as YYYY-MM-DD`, { field });
  return value.trim();
}

/** The dimension value a new initiative's actuals are posted under: its name in lower-case words. */
function keyOf(name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 48);
  return slug || 'initiative';
}

/** The first instant of a calendar day in the organisation's zone. */
export function startInstant(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return fromZonedParts({ year, month, day: date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

export class InitiativeService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService, private readonly timeZone: () => string) {}

  /** The initiatives `grant` may read (those of its departments), by start date, with their actuals at `now`. */
  async list(grant: Grant, now: Date = new Date()): Promise<Initiative[]> {
    const rows = await this.db.getRepository(InitiativeEntity).find({ order: { startDate: 'ASC', name: 'ASC' } });
    return this.withActuals(rows.filter((row) => canReadDepartment(grant, row.department)), now);
  }

  /** null when there is none (or `grant` may not read it: its existence is its department's business). */
  async find(grant: Grant, id: string, now: Date = new Date()): Promise<Initiative | null> {
    const row = UUID_PATTERN.test(id) ? await this.db.getRepository(InitiativeEntity).findOneBy({ id }) : null;
    if (!row || !canReadDepartment(grant, row.department)) return null;
    return (await this.withActuals([row], now))[0];
  }

  /** The portfolio of the initiatives `grant` may read. */
  async portfolio(grant: Grant, now: Date = new Date()): Promise<InitiativePortfolio> {
    const initiatives = await this.list(grant, now);
    const economics = portfolioEconomics(initiatives);
    return Object.assign(new InitiativePortfolio(), {
      ...economics,
      totalSpentToDate: initiatives.reduce((sum, i) => sum + i.spentToDate, 0),
      totalSavedToDate: initiatives.reduce((sum, i) => sum + i.savedToDate, 0),
    });
  }

  /** Active users by name: who may own an initiative. */
  async ownerChoices(): Promise<InitiativeOwner[]> {
    const users = await this.db.getRepository(UserEntity).find({ select: { id: true, name: true, disabledAt: true }, order: { name: 'ASC' } });
    return users.filter((user) => !user.disabledAt).map(({ id, name }) => Object.assign(new InitiativeOwner(), { id, name }));
  }

  async create(catalog: Catalog, input: InitiativeInput, actor: AuditActor, now: Date = new Date()): Promise<Initiative> {
    const saved = await this.db.transaction(async (tx) => {
      const fields = await this.validated(tx, catalog, input);
      const repository = tx.getRepository(InitiativeEntity);
      // Serialises creations so two initiatives of one name get distinct keys.
      await tx.query('LOCK TABLE initiative IN SHARE ROW EXCLUSIVE MODE');
      const taken = new Set((await repository.find({ select: { key: true } })).map((row) => row.key));
      const base = keyOf(fields.name);
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
      const row = await repository.save(repository.create({ ...fields, key, i18n: {} }));
      await this.recordChange(tx, actor, null, row);
      return row;
    });
    return (await this.withActuals([saved], now))[0];
  }

  /** Replaces what was planned; the key (and so the actuals posted under it) stays. A new name drops the old translations. */
  async update(catalog: Catalog, id: string, input: InitiativeInput, actor: AuditActor, now: Date = new Date()): Promise<Initiative> {
    const saved = await this.db.transaction(async (tx) => {
      const existing = UUID_PATTERN.test(id) ? await tx.getRepository(InitiativeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('Initiative', id);
      const before = { ...existing };
      const fields = await this.validated(tx, catalog, input);
      const i18n = fields.name === existing.name ? existing.i18n : {};
      const row = await tx.getRepository(InitiativeEntity).save(tx.getRepository(InitiativeEntity).merge(existing, { ...fields, i18n }));
      await this.recordChange(tx, actor, before, row);
      return row;
    });
    return (await this.withActuals([saved], now))[0];
  }

  /** false when there was none. Its spend and saving observations stay: they are the books. */
  async remove(id: string, actor: AuditActor): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const existing = UUID_PATTERN.test(id) ? await tx.getRepository(InitiativeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) return false;
      await tx.getRepository(InitiativeEntity).delete({ id });
      await this.recordChange(tx, actor, existing, null);
      return true;
    });
  }

  /** Checked in the order of the form, each error naming its field; reads the owner in the change's transaction. */
  private async validated(tx: EntityManager, catalog: Catalog, input: InitiativeInput): Promise<Fields> {
    const name = input.name.trim();
    if (!name || name.length > MAX_NAME_LENGTH) throw badUserInput(`name must have 1 to ${MAX_NAME_LENGTH} characters`, { field: 'input.name' });
    if (!(DEPARTMENTS as readonly string[]).includes(input.department)) throw badUserInput('department is not a department', { field: 'input.department' });
    if (!input.ownerUserId) throw badUserInput('ownerUserId is required: every initiative has an owner', { field: 'input.ownerUserId' });
    const owner = UUID_PATTERN.test(input.ownerUserId) ? await tx.getRepository(UserEntity).findOneBy({ id: input.ownerUserId }) : null;
    if (!owner || owner.disabledAt) throw badUserInput(`ownerUserId "${input.ownerUserId}" is not an active user`, { field: 'input.ownerUserId' });
    if (!(COST_CATEGORIES as readonly string[]).includes(input.costCategory)) throw badUserInput('costCategory is not a cost category', { field: 'input.costCategory' });
    const startDate = calendarDay(input.startDate);
    const plannedInvestment = amount(input.plannedInvestment, 'plannedInvestment');
    const expectedAnnualSaving = amount(input.expectedAnnualSaving, 'expectedAnnualSaving');
    const metricKeys = [...new Set(input.metricKeys ?? [])];
    metricKeys.forEach((key, i) => {
      if (!catalog.find(key)) throw badUserInput(`unknown metric "${key}"`, { field: `input.metricKeys[${i}]` });
    });
    return { name, department: input.department, ownerUserId: owner.id, costCategory: input.costCategory, startDate, plannedInvestment, expectedAnnualSaving, metricKeys };
  }

  private recordChange(tx: EntityManager, actor: AuditActor, before: InitiativeEntity | null, after: InitiativeEntity | null): Promise<void> {
    const initiative = (after ?? before)!;
    return this.audit.record(tx, {
      actor, action: before ? (after ? 'UPDATE' : 'DELETE') : 'CREATE', objectType: 'INITIATIVE', objectId: initiative.id, objectLabel: initiative.name,
      department: initiative.department, before: before && auditSnapshot(before), after: after && auditSnapshot(after),
    });
  }

  /** Spend and saving to date of each initiative, in one query from the earliest start, by the `initiative` dimension. */
  private async withActuals(rows: InitiativeEntity[], now: Date): Promise<Initiative[]> {
    if (rows.length === 0) return [];
    const timeZone = this.timeZone();
    const starts = new Map(rows.map((row) => [row.id, startInstant(row.startDate, timeZone)]));
    const from = new Date(Math.min(...[...starts.values()].map((at) => at.getTime())));
    const stats = from < now
      ? await queryStats(this.db, { metricKeys: [INITIATIVE_SPEND, INITIATIVE_SAVING], range: { from, to: now }, timeZone, groupBy: INITIATIVE_DIMENSION })
      : [];
    const total = (metricKey: string, key: string) => stats.filter((s) => s.metricKey === metricKey && s.group === key).reduce((sum, s) => sum + s.sum, 0);
    const owners = await this.db.getRepository(UserEntity).find({ select: { id: true, name: true }, where: { id: In(rows.flatMap((row) => (row.ownerUserId ? [row.ownerUserId] : []))) } });
    return rows.map((row) => {
      const spentToDate = total(INITIATIVE_SPEND, row.key);
      const savedToDate = total(INITIATIVE_SAVING, row.key);
      const owner = owners.find((user) => user.id === row.ownerUserId);
      return Object.assign(new Initiative(), {
        id: row.id, key: row.key, defaultName: row.name, i18n: row.i18n, department: row.department, costCategory: row.costCategory,
        owner: owner ? { id: owner.id, name: owner.name } : null,
        startDate: row.startDate, plannedInvestment: row.plannedInvestment, expectedAnnualSaving: row.expectedAnnualSaving, metricKeys: row.metricKeys,
        spentToDate, savedToDate,
        planned: plannedEconomics(row.plannedInvestment, row.expectedAnnualSaving),
        actual: actualEconomics(spentToDate, savedToDate, elapsedMonths(starts.get(row.id)!, now)),
        updatedAt: row.updatedAt,
      });
    });
  }
}
