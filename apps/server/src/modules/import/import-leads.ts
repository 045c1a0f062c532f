import type { LeadService } from '../revops/lead.service';
import { commitBatch, lockRunning, type FileRow, type RejectedRow } from './import-checkpoint';
import { leadColumn, leadInputOf, type LeadImportMapping } from './import-lead-mapping';
import type { LeadInput } from '../revops/lead.input';

/** Thrown inside a batch's transaction to roll it back: the import was cancelled meanwhile. */
class Cancelled extends Error {}

/**
 * One batch of a lead file through the lead import (scoring, routing, journal, SLA clocks), its rejected rows
 * and checkpoint in the same transaction; false when the import was cancelled meanwhile. Rows whose
 * externalId is already imported (by an earlier batch, an earlier import or the API) are left as they are.
 */
export async function writeLeadBatch(leads: LeadService, importId: string, header: readonly string[], rows: readonly FileRow[], mapping: LeadImportMapping): Promise<boolean> {
  const rejected: RejectedRow[] = [];
  const accepted: Array<{ row: FileRow; input: LeadInput }> = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const lead = leadInputOf(header, row.cells, mapping, `import:${importId}`);
    if (!lead.ok) {
      rejected.push({ ...row, column: lead.column, reason: lead.reason });
      continue;
    }
    const externalId = lead.input.externalId!;
    const first = firstRowOf.get(externalId);
    if (first !== undefined) {
      rejected.push({ ...row, column: mapping.columns.externalId, reason: `repeats the externalId "${externalId}" of row ${first}` });
      continue;
    }
    firstRowOf.set(externalId, row.row);
    accepted.push({ row, input: lead.input });
  }
  try {
    await leads.importLeads(accepted.map((a) => a.input), true, async (tx, result) => {
      if (!(await lockRunning(tx, importId))) throw new Cancelled();
      for (const problem of result.rejected) {
        rejected.push({ ...accepted[problem.index].row, column: leadColumn(mapping, problem.field), reason: `${problem.field} ${problem.reason}` });
      }
      rejected.sort((a, b) => a.row - b.row);
      await commitBatch(tx, importId, rows.at(-1)!.row, result.leads.length, rejected);
    });
    return true;
  } catch (error) {
    if (error instanceof Cancelled) return false;
    throw error;
  }
}
