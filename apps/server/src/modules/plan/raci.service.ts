import type { DataSource, EntityManager } from 'typeorm';
import { accountableOwner, canEditPlan, canReadDepartment, RACI_DEFINITIONS, raciProcessOfMetric, type Grant, type RaciProcess } from '@opshub/metrics';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import { auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';
import { activeUser, planUsers } from './checklist.service';
import { RaciAssignmentEntity } from './plan.entity';
import type { RaciStepInput } from './plan.input';
import { PlanUser, RaciMatrix, RaciStep } from './plan.type';

/**
 * RACI on the workflows and seed 000's campaign workflow: read by the processes' departments (executives and ADMIN:
 * all), changed by executives and ADMIN. A process's accountable owner is whom its metrics' alerts go to when the
 * rule names no owner, and whom its metrics' reviews go to: `accountableOwnerOf`.
 */
export class RaciService {
  constructor(private readonly db: DataSource, private readonly audit: AuditService) {}

  /** The matrices `grant` may read, in RACI_DEFINITIONS' order, steps in order. */
  async matrices(grant: Grant): Promise<RaciMatrix[]> {
    const definitions = RACI_DEFINITIONS.filter((definition) => definition.departments.some((department) => canReadDepartment(grant, department)));
    const rows = await this.db.getRepository(RaciAssignmentEntity).find({ order: { position: 'ASC' } });
    const users = await planUsers(this.db, rows.flatMap((row) => [row.responsibleUserId, row.accountableUserId, ...row.consultedUserIds, ...row.informedUserIds]));
    const user = (id: string | null) => (id && users.get(id)) || null;
    return definitions.map((definition) => {
      const steps = rows.filter((row) => row.process === definition.process);
      const owner = accountableOwner(steps);
      return Object.assign(new RaciMatrix(), {
        process: definition.process, departments: [...definition.departments], metricKeys: [...definition.metricKeys],
        accountableOwner: user(owner), editable: canEditPlan(grant),
        steps: steps.map((row) => Object.assign(new RaciStep(), {
          id: row.id, step: row.step, responsible: user(row.responsibleUserId), accountable: user(row.accountableUserId),
          consulted: row.consultedUserIds.flatMap((id) => user(id) ?? []), informed: row.informedUserIds.flatMap((id) => user(id) ?? []),
        })),
      });
    });
  }

  /**
   * The accountable owner of the process a metric measures (a workflow's, the campaign's), or of the process itself:
   * the user accountable for most of its steps. null when the metric measures no process or nobody is accountable.
   */
  async accountableOwnerOf(of: { metricKey: string } | { process: RaciProcess }, db: DataSource | EntityManager = this.db): Promise<PlanUser | null> {
    const process = 'process' in of ? of.process : raciProcessOfMetric(of.metricKey);
    if (!process) return null;
    const steps = await db.getRepository(RaciAssignmentEntity).find({ select: { accountableUserId: true }, where: { process }, order: { position: 'ASC' } });
    const owner = accountableOwner(steps);
    return owner ? ((await planUsers(db, [owner])).get(owner) ?? null) : null;
  }

  /** Replaces who holds each role on a step; every user must be active, R and A are required. */
  async updateStep(grant: Grant, id: string, input: RaciStepInput, actor: AuditActor): Promise<RaciMatrix> {
    const process = await this.db.transaction(async (tx) => {
      const existing = UUID_PATTERN.test(id) ? await tx.getRepository(RaciAssignmentEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!existing) throw notFound('RaciStep', id);
      const before = { ...existing };
      const responsible = await activeUser(tx, input.responsibleUserId, 'input.responsibleUserId', 'responsibleUserId');
      const accountable = await activeUser(tx, input.accountableUserId, 'input.accountableUserId', 'accountableUserId');
      const many = async (ids: readonly string[] | null | undefined, field: string) => {
        const unique = [...new Set(ids ?? [])];
        for (const [i, userId] of unique.entries()) await activeUser(tx, userId, `input.${field}[${i}]`, `${field}[${i}]`);
        return unique;
      };
      const consultedUserIds = await many(input.consultedUserIds, 'consultedUserIds');
      const informedUserIds = await many(input.informedUserIds, 'informedUserIds');
      const both = consultedUserIds.findIndex((userId) => informedUserIds.includes(userId));
      if (both >= 0) throw badUserInput('a user is either consulted or informed on a step, not both', { field: `input.consultedUserIds[${both}]` });
      const row = await tx.getRepository(RaciAssignmentEntity).save(tx.getRepository(RaciAssignmentEntity).merge(existing, {
        responsibleUserId: responsible.id, accountableUserId: accountable.id, consultedUserIds, informedUserIds,
      }));
      const definition = RACI_DEFINITIONS.find((d) => d.process === row.process)!;
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'RACI_STEP', objectId: row.id, objectLabel: `${row.process} · ${row.step}`,
        department: definition.departments[0], before: auditSnapshot(before), after: auditSnapshot(row),
      });
      return row.process;
    });
    return (await this.matrices(grant)).find((matrix) => matrix.process === process)!;
  }
}
