import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CS_WORKFLOW_SECTIONS, OPERATIONS_WORKFLOW_SECTIONS, seededWidgets, type SeedSection } from '../../seed/dashboards.seed';

const ADDED: ReadonlyArray<[slug: string, sections: SeedSection[]]> = [
  ['customer-success', CS_WORKFLOW_SECTIONS],
  ['operations', OPERATIONS_WORKFLOW_SECTIONS],
];
const SUMMARY = 'Added the workflow KPIs, scorecard and breach lists (seed 004)';

/**
 * The workflow KPIs on the seeded customer-success and operations dashboards of an existing installation (a new one
 * is seeded with them): appended below what is there, as a new version, unless the dashboard already has a widget
 * with one of their ids (so an edited dashboard keeps its edits and a rerun adds nothing).
 */
export class WorkflowDashboards1796659200000 implements MigrationInterface {
  name = 'WorkflowDashboards1796659200000';

  async up(q: QueryRunner): Promise<void> {
    for (const [slug, sections] of ADDED) {
      const [dashboard] = (await q.query(
        'SELECT widgets, version, title, description FROM dashboard WHERE slug = $1 AND department IS NOT NULL FOR UPDATE', [slug],
      )) as Array<{ widgets: Array<{ id: string; y: number; h: number }>; version: number; title: string; description: string }>;
      if (!dashboard || dashboard.widgets.some((widget) => sections.some((section) => section.key === widget.id))) continue;
      const bottom = Math.max(0, ...dashboard.widgets.map((widget) => widget.y + widget.h));
      const widgets = [...dashboard.widgets, ...seededWidgets({ sections }, bottom)];
      await q.query(
        "UPDATE dashboard SET widgets = $2, version = version + 1, updated_at = now(), updated_by = 'system' WHERE slug = $1",
        [slug, JSON.stringify(widgets)],
      );
      await q.query(
        "INSERT INTO dashboard_version (dashboard_slug, version, title, description, widgets, summary, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'system')",
        [slug, dashboard.version + 1, dashboard.title, dashboard.description, JSON.stringify(widgets), SUMMARY],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [slug, sections] of ADDED) {
      const ids = sections.map((section) => section.key);
      await q.query(`
        UPDATE dashboard SET widgets = (SELECT COALESCE(jsonb_agg(w ORDER BY o), '[]') FROM jsonb_array_elements(widgets) WITH ORDINALITY AS e(w, o) WHERE NOT (w->>'id' = ANY($2))),
               version = version + 1, updated_at = now(), updated_by = 'system'
         WHERE slug = $1`, [slug, ids]);
    }
  }
}
