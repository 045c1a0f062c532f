/**
 * Seed 004's optimisation initiatives with fixed ids: investment and annual saving as the seed gives them (ROI
 * 250 / 300 / 267 / 400 %, payback 5 / 4 / 5 / 3 months rounded up). They started before the 90-day plan, so the demo
 * has spend and saving to show; the demo books them (demo-history.ts) with the realisation below, so planned and
 * actual differ the way a real portfolio does.
 */
import type { CostCategory, Department } from '@opshub/metrics';
import { add } from '@opshub/metrics';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { UserEntity } from '../modules/auth/auth.entity';
import { InitiativeEntity } from '../modules/initiative/initiative.entity';

export interface InitiativeSeed {
  id: string;
  key: string;
  name: string;
  es: string;
  department: Department;
  /** A demo user; the initiative has no owner where demo users are off. */
  ownerUserId: string;
  costCategory: CostCategory;
  /** Days before the plan start. */
  startsDaysBeforePlan: number;
  plannedInvestment: number;
  expectedAnnualSaving: number;
  metricKeys: string[];
  /** Demo only: the share of the investment actually spent and of the expected saving actually achieved. */
  demo: { spent: number; realised: number };
}

const EXECUTIVE = '00000000-0000-4000-8000-00000000a002';
const SALES_HEAD = '00000000-0000-4000-8000-00000000a003';

export const INITIATIVE_SEEDS: readonly InitiativeSeed[] = [
  {
    id: 'b7d1e0a4-6c2f-4e3a-9a10-4f1c00000001', key: 'automation', name: 'Workflow automation', es: 'Automatización de flujos de trabajo',
    department: 'OPERATIONS', ownerUserId: EXECUTIVE, costCategory: 'PERSONNEL', startsDaysBeforePlan: 120,
    plannedInvestment: 200_000, expectedAnnualSaving: 500_000, metricKeys: ['ops.automation_rate', 'ops.process_efficiency'],
    demo: { spent: 1.1, realised: 0.9 },
  },
  {
    id: 'b7d1e0a4-6c2f-4e3a-9a10-4f1c00000002', key: 'processes', name: 'Process redesign', es: 'Rediseño de procesos',
    department: 'OPERATIONS', ownerUserId: EXECUTIVE, costCategory: 'PROCESSES', startsDaysBeforePlan: 90,
    plannedInvestment: 100_000, expectedAnnualSaving: 300_000, metricKeys: ['ops.process_efficiency', 'ops.cost_per_customer'],
    demo: { spent: 0.95, realised: 1.1 },
  },
  {
    id: 'b7d1e0a4-6c2f-4e3a-9a10-4f1c00000003', key: 'technology', name: 'Technology consolidation', es: 'Consolidación tecnológica',
    department: 'PRODUCT', ownerUserId: EXECUTIVE, costCategory: 'TECHNOLOGY', startsDaysBeforePlan: 60,
    plannedInvestment: 150_000, expectedAnnualSaving: 400_000, metricKeys: ['finance.cost_technology', 'product.performance'],
    demo: { spent: 1, realised: 0.6 },
  },
  {
    id: 'b7d1e0a4-6c2f-4e3a-9a10-4f1c00000004', key: 'training', name: 'Team training', es: 'Formación de equipos',
    department: 'SALES', ownerUserId: SALES_HEAD, costCategory: 'PERSONNEL', startsDaysBeforePlan: 30,
    plannedInvestment: 50_000, expectedAnnualSaving: 200_000, metricKeys: ['exec.team_productivity', 'sales.win_rate'],
    demo: { spent: 1, realised: 1 },
  },
];

/** The initiative's start day (YYYY-MM-DD) in the organisation's zone. */
export function initiativeStartDate(seed: InitiativeSeed, planStart: Date, timeZone: string): string {
  const start = add(planStart, 'DAY', -seed.startsDaysBeforePlan, timeZone);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(start);
}

/** Inserts the initiatives that do not exist yet (an edited one stays as edited); after the users, whom they reference. */
export async function seedInitiatives(db: DataSource, planStart: Date, timeZone: string): Promise<void> {
  const owners = new Set((await db.getRepository(UserEntity).find({ select: { id: true }, where: { id: In(INITIATIVE_SEEDS.map((s) => s.ownerUserId)) } })).map((u) => u.id));
  await db.createQueryBuilder().insert().into(InitiativeEntity).values(INITIATIVE_SEEDS.map((seed) => ({
    id: seed.id, key: seed.key, name: seed.name, i18n: { es: { name: seed.es } }, department: seed.department,
    ownerUserId: owners.has(seed.ownerUserId) ? seed.ownerUserId : null, costCategory: seed.costCategory,
    startDate: initiativeStartDate(seed, planStart, timeZone), plannedInvestment: seed.plannedInvestment,
    expectedAnnualSaving: seed.expectedAnnualSaving, metricKeys: seed.metricKeys,
  }))).orIgnore().execute();
}
