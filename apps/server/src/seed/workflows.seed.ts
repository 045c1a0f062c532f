/**
 * Seed 004's workflow timers besides lead management, as data: per workflow and step, the deadline and the
 * success rate to reach (onboarding < 24 h ≥ 90 %, tickets < 1 h ≥ 85 %, renewal steps < 7 days ≥ 80 %).
 */
import type { Workflow } from '@opshub/metrics';

export interface WorkflowSlaPolicySeed {
  key: string;
  workflow: Workflow;
  name: string;
  description: string;
  startsOn: string;
  stopsOn: string[];
  durationSeconds: number;
  target: number;
  i18n: { es: { name: string; description: string } };
}

const HOUR = 3600;
const WEEK = 7 * 24 * HOUR;

export const WORKFLOW_SLA_POLICY_SEEDS: readonly WorkflowSlaPolicySeed[] = [
  {
    key: 'onboarding_account_live', workflow: 'ONBOARDING', name: 'Account live within 24 hours of the contract', startsOn: 'CONTRACT_SIGNED', stopsOn: ['ACCOUNT_LIVE'],
    durationSeconds: 24 * HOUR, target: 0.9,
    description: 'Seed 004, customer onboarding: account setup, training and success plan within 24 hours of the signed contract.',
    i18n: { es: { name: 'Cuenta en producción en 24 horas desde el contrato', description: 'Seed 004, onboarding de clientes: configuración de cuenta, formación y plan de éxito en 24 horas desde la firma.' } },
  },
  {
    key: 'ticket_first_answer', workflow: 'TICKET', name: 'New ticket answered within 1 hour', startsOn: 'NEW', stopsOn: ['ANSWERED'],
    durationSeconds: HOUR, target: 0.85,
    description: 'Seed 004, support tickets: every new ticket categorised, assigned and answered within 1 hour.',
    i18n: { es: { name: 'Ticket nuevo respondido en 1 hora', description: 'Seed 004, tickets de soporte: cada ticket nuevo categorizado, asignado y respondido en 1 hora.' } },
  },
  {
    key: 'renewal_health_check', workflow: 'RENEWAL', name: 'Health check within 7 days', startsOn: 'OPENED', stopsOn: ['HEALTH_CHECKED'],
    durationSeconds: WEEK, target: 0.8,
    description: 'Seed 004, renewal management: the health check within 7 days of opening the renewal, 90 days before its date.',
    i18n: { es: { name: 'Chequeo de salud en 7 días', description: 'Seed 004, gestión de renovaciones: el chequeo de salud en 7 días desde la apertura, 90 días antes de la fecha.' } },
  },
  {
    key: 'renewal_expansion_review', workflow: 'RENEWAL', name: 'Expansion review within 7 days', startsOn: 'HEALTH_CHECKED', stopsOn: ['EXPANSION_REVIEWED'],
    durationSeconds: WEEK, target: 0.8,
    description: 'Seed 004, renewal management: the expansion opportunity reviewed within 7 days of the health check.',
    i18n: { es: { name: 'Revisión de expansión en 7 días', description: 'Seed 004, gestión de renovaciones: la oportunidad de expansión revisada en 7 días desde el chequeo de salud.' } },
  },
  {
    key: 'renewal_decision', workflow: 'RENEWAL', name: 'Renewal decided within 7 days', startsOn: 'EXPANSION_REVIEWED', stopsOn: ['RENEWED', 'CHURNED'],
    durationSeconds: WEEK, target: 0.8,
    description: 'Seed 004, renewal management: the renewal decided within 7 days of the expansion review.',
    i18n: { es: { name: 'Renovación decidida en 7 días', description: 'Seed 004, gestión de renovaciones: la renovación decidida en 7 días desde la revisión de expansión.' } },
  },
];
