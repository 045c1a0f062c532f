/**
 * The seeded dashboards, one per dashboard of docs/kpi-catalog.md. Each lists exactly the catalog's metrics
 * for it, in catalog order; shared metrics (uptime, process efficiency, automation rate, time to value) are the same
 * catalog entry on every dashboard that shows them.
 */
import {
  COMPANY_DASHBOARD, GRID_COLUMNS, MAX_WIDGET_HEIGHT, REVOPS_DASHBOARD, SLA_WORKFLOWS, workflowScorecardMetrics, type Department, type SlaWorkflow,
} from '@opshub/metrics';
import type { StoredWidget } from '../modules/dashboard/dashboard.entity';

export interface DashboardSeed {
  slug: string;
  title: string;
  description: string;
  department: Department;
  /** Further departments it is shared with (seed 003: Smarketing is SALES' and MARKETING's). */
  sharedWith?: Department[];
  i18n: { es: { title: string; description: string } };
  sections: SeedSection[];
}

/** A KPI group, or (with `type`) a workflow widget; `w` narrower than the grid shares its row with the next section. */
export interface SeedSection {
  key: string;
  title: string;
  i18n: { es: { title: string } };
  metricKeys: string[];
  type?: 'SLA_BREACHES' | 'WORKFLOW_SCORECARD';
  workflows?: SlaWorkflow[];
  w?: number;
  h?: number;
}

/** Seed 004's workflows besides lead management: customer success runs them (onboarding < 24 h, tickets < 1 h, renewal steps < 7 days). */
const CS_WORKFLOWS: SlaWorkflow[] = ['ONBOARDING', 'TICKET', 'RENEWAL'];

/** The customer-success KPIs computed from onboarding cases, tickets and renewals, with their breaches as they happen. */
export const CS_WORKFLOW_SECTIONS: SeedSection[] = [
  {
    key: 'workflows', title: 'Onboarding, tickets and renewals', i18n: { es: { title: 'Onboarding, tickets y renovaciones' } },
    metricKeys: [
      'cs.onboarding_time', 'cs.onboarding_sla_attainment', 'cs.ticket_first_response_time', 'cs.ticket_resolution_time', 'cs.ticket_sla_attainment',
      'cs.renewal_rate', 'cs.renewal_sla_attainment', 'cs.renewal_expansion',
    ],
  },
  {
    key: 'workflow-breaches', type: 'SLA_BREACHES', title: 'Missed deadlines', i18n: { es: { title: 'Plazos incumplidos' } },
    metricKeys: [], workflows: CS_WORKFLOWS, h: 8,
  },
];

/** Seed 004's "Workflows" table as a scorecard (workflow, deadline, attainment, target, status), beside the live breaches of all four. */
export const OPERATIONS_WORKFLOW_SECTIONS: SeedSection[] = [
  {
    key: 'workflows', type: 'WORKFLOW_SCORECARD', title: 'Workflows', i18n: { es: { title: 'Flujos de trabajo' } },
    metricKeys: workflowScorecardMetrics(SLA_WORKFLOWS), workflows: [...SLA_WORKFLOWS], w: 7, h: 8,
  },
  {
    key: 'workflow-breaches', type: 'SLA_BREACHES', title: 'Missed deadlines', i18n: { es: { title: 'Plazos incumplidos' } },
    metricKeys: [], workflows: [...SLA_WORKFLOWS], w: 5, h: 8,
  },
];

/** Seed 004's operating costs by category, actual against optimised, with the total and the saving: on the executive and operations dashboards. */
const OPERATING_COSTS: DashboardSeed['sections'][number] = {
  key: 'costs', title: 'Operating costs', i18n: { es: { title: 'Costes operativos' } },
  metricKeys: ['finance.cost_personnel', 'finance.cost_technology', 'finance.cost_processes', 'finance.cost_overhead', 'finance.operating_cost', 'finance.cost_saving'],
};

export const DASHBOARD_SEEDS: readonly DashboardSeed[] = [
  {
    slug: COMPANY_DASHBOARD,
    title: 'Executive dashboard',
    description: 'Company growth, financial health and operational excellence against the long-term plan.',
    department: 'EXECUTIVE',
    i18n: { es: { title: 'Dashboard ejecutivo', description: 'Crecimiento de la compañía, salud financiera y excelencia operativa frente al plan a largo plazo.' } },
    sections: [
      {
        key: 'headline', title: 'Headline KPIs', i18n: { es: { title: 'KPIs principales' } },
        metricKeys: ['exec.revenue_growth', 'exec.customer_growth', 'exec.operational_efficiency', 'exec.cost_reduction', 'exec.team_productivity'],
      },
      {
        key: 'financial', title: 'Financial metrics', i18n: { es: { title: 'Métricas financieras' } },
        // LTV / CAC is not in the seed's table but is the first derived ratio executives ask for.
        metricKeys: ['finance.arr', 'finance.gross_margin', 'finance.operating_margin', 'finance.cac', 'finance.ltv', 'finance.ltv_cac'],
      },
      {
        key: 'operational', title: 'Operational metrics', i18n: { es: { title: 'Métricas operacionales' } },
        metricKeys: ['ops.customer_satisfaction', 'ops.employee_satisfaction', 'ops.process_efficiency', 'ops.automation_rate', 'product.uptime'],
      },
      OPERATING_COSTS,
    ],
  },
  {
    slug: 'sales',
    title: 'Sales',
    description: 'Speed and effectiveness of the sales process, from first response to won deal.',
    department: 'SALES',
    i18n: { es: { title: 'Ventas', description: 'Velocidad y efectividad del proceso comercial, desde la primera respuesta hasta la venta ganada.' } },
    sections: [
      {
        // The seed's "Sales Operations Metrics" table.
        key: 'operations', title: 'Sales operations', i18n: { es: { title: 'Operaciones de ventas' } },
        metricKeys: ['sales.lead_response_time', 'sales.demo_conversion', 'sales.sales_cycle', 'sales.win_rate', 'sales.pipeline_velocity'],
      },
      {
        // The seed's "Sales Dashboard" additions.
        key: 'performance', title: 'Pipeline and performance', i18n: { es: { title: 'Pipeline y desempeño' } },
        metricKeys: ['sales.pipeline_value', 'sales.conversion_rate', 'sales.activity_score'],
      },
    ],
  },
  {
    slug: 'customer-success',
    title: 'Customer success',
    description: 'How fast customers get value, how they adopt, expand and stay, and how they feel about it.',
    department: 'CUSTOMER_SUCCESS',
    i18n: { es: { title: 'Éxito del cliente', description: 'Qué tan rápido obtienen valor los clientes, cómo adoptan, amplían y permanecen, y qué opinan.' } },
    sections: [
      {
        key: 'onboarding', title: 'Onboarding and adoption', i18n: { es: { title: 'Onboarding y adopción' } },
        metricKeys: ['cs.time_to_value', 'cs.adoption_rate'],
      },
      {
        key: 'retention', title: 'Expansion and retention', i18n: { es: { title: 'Expansión y retención' } },
        metricKeys: ['cs.expansion_rate', 'cs.churn_rate'],
      },
      {
        key: 'sentiment', title: 'Sentiment and health', i18n: { es: { title: 'Opinión y salud' } },
        metricKeys: ['cs.nps', 'cs.health_score'],
      },
      ...CS_WORKFLOW_SECTIONS,
    ],
  },
  {
    slug: 'product',
    title: 'Product',
    description: 'Delivery speed, quality and reliability of the product.',
    department: 'PRODUCT',
    i18n: { es: { title: 'Producto', description: 'Velocidad de entrega, calidad y fiabilidad del producto.' } },
    sections: [
      {
        key: 'delivery', title: 'Delivery', i18n: { es: { title: 'Entrega' } },
        metricKeys: ['product.feature_delivery', 'product.bug_resolution'],
      },
      {
        key: 'reliability', title: 'Reliability and security', i18n: { es: { title: 'Fiabilidad y seguridad' } },
        metricKeys: ['product.uptime', 'product.performance', 'product.security'],
      },
    ],
  },
  {
    slug: 'operations',
    title: 'Operations',
    description: 'Efficiency and automation of the operating model, and the service it gives customers and teams.',
    department: 'OPERATIONS',
    i18n: { es: { title: 'Operaciones', description: 'Eficiencia y automatización del modelo operativo, y el servicio que presta a clientes y equipos.' } },
    sections: [
      {
        key: 'efficiency', title: 'Efficiency', i18n: { es: { title: 'Eficiencia' } },
        metricKeys: ['ops.process_efficiency', 'ops.automation_rate', 'ops.cost_per_customer'],
      },
      {
        key: 'service', title: 'Service', i18n: { es: { title: 'Servicio' } },
        metricKeys: ['cs.time_to_value', 'ops.satisfaction'],
      },
      OPERATING_COSTS,
      ...OPERATIONS_WORKFLOW_SECTIONS,
    ],
  },
  {
    slug: REVOPS_DASHBOARD,
    title: 'Smarketing and RevOps',
    description: 'Marketing and sales alignment: the shared lead funnel, the revenue it creates and what it costs.',
    department: 'MARKETING',
    sharedWith: ['SALES'],
    i18n: { es: { title: 'Smarketing y RevOps', description: 'Alineación entre marketing y ventas: el embudo de leads compartido, los ingresos que genera y lo que cuesta.' } },
    sections: [
      {
        key: 'funnel', title: 'Lead funnel', i18n: { es: { title: 'Embudo de leads' } },
        metricKeys: ['marketing.mql', 'marketing.sql', 'marketing.mql_to_sql', 'sales.sql_to_customer'],
      },
      {
        key: 'revenue', title: 'Revenue impact', i18n: { es: { title: 'Impacto en ingresos' } },
        metricKeys: ['marketing.pipeline_generated', 'sales.conversion_time', 'marketing.revenue_per_lead'],
      },
      {
        key: 'efficiency', title: 'Cost and response', i18n: { es: { title: 'Coste y respuesta' } },
        metricKeys: ['marketing.cost_per_lead', 'sales.lead_response_time', 'marketing.sla_attainment'],
      },
    ],
  },
];

/**
 * A seed's sections as widgets from `y` down (as migration 1796616000000 turned existing sections): a KPI group is
 * full width, a title row plus 3 rows per line of up to 5 cards; a narrower section shares its row with the next.
 */
export function seededWidgets(seed: Pick<DashboardSeed, 'sections'>, y = 0): StoredWidget[] {
  let x = 0;
  let rowHeight = 0;
  return seed.sections.map((section) => {
    const w = section.w ?? GRID_COLUMNS;
    const h = section.h ?? Math.min(MAX_WIDGET_HEIGHT, 1 + 3 * Math.ceil(Math.max(section.metricKeys.length, 1) / 5));
    if (x + w > GRID_COLUMNS) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    const widget: StoredWidget = {
      id: section.key, type: section.type ?? 'KPI_GROUP', title: section.title, i18n: section.i18n, metricKeys: section.metricKeys,
      dimension: null, text: null, ...(section.workflows ? { workflows: section.workflows } : {}), x, y, w, h,
    };
    x += w;
    rowHeight = Math.max(rowHeight, h);
    return widget;
  });
}
