/**
 * RevOps configuration (seeds 003 and 004) and the demo's sales team: scoring rules over the four kinds of
 * signal seed 003 names, the two SLAs the seeds give (lead management < 5 min, MQL contact within 24 h), and
 * the reps, channels and campaigns the demo lead flow runs on.
 */
import type { LeadStatus, ScoringRule } from '@opshub/metrics';
import type { SlaMetBy } from '../modules/revops/sla.entity';

/** A new lead scoring at least this is a marketing-qualified lead. */
export const MQL_THRESHOLD = 50;

export const SCORING_RULE_SEEDS: ReadonlyArray<ScoringRule & { es: string }> = [
  { key: 'enterprise_segment', name: 'Enterprise account', es: 'Cuenta enterprise', category: 'DEMOGRAPHIC', field: 'segment', operator: 'EQUALS', value: 'ENTERPRISE', points: 20 },
  { key: 'mid_market_segment', name: 'Mid-market account', es: 'Cuenta mid-market', category: 'DEMOGRAPHIC', field: 'segment', operator: 'EQUALS', value: 'MID_MARKET', points: 10 },
  { key: 'company_200', name: '200+ employees', es: '200+ empleados', category: 'DEMOGRAPHIC', field: 'companySize', operator: 'AT_LEAST', value: 200, points: 10 },
  { key: 'company_1000', name: '1,000+ employees', es: '1.000+ empleados', category: 'DEMOGRAPHIC', field: 'companySize', operator: 'AT_LEAST', value: 1000, points: 10 },
  { key: 'site_visits', name: 'Returning visitor (5+ visits)', es: 'Visitante recurrente (5+ visitas)', category: 'BEHAVIOUR', field: 'signals.site_visits', operator: 'AT_LEAST', value: 5, points: 10 },
  { key: 'email_clicks', name: 'Clicks our emails', es: 'Hace clic en nuestros emails', category: 'BEHAVIOUR', field: 'signals.email_clicks', operator: 'AT_LEAST', value: 2, points: 5 },
  { key: 'content_download', name: 'Downloaded content', es: 'Descargó contenido', category: 'CONTENT', field: 'signals.content_downloads', operator: 'AT_LEAST', value: 1, points: 10 },
  { key: 'webinar', name: 'Attended a webinar', es: 'Asistió a un webinar', category: 'CONTENT', field: 'signals.webinars_attended', operator: 'AT_LEAST', value: 1, points: 15 },
  { key: 'pricing_views', name: 'Viewed pricing twice', es: 'Vio precios dos veces', category: 'INTENT', field: 'signals.pricing_page_views', operator: 'AT_LEAST', value: 2, points: 15 },
  { key: 'demo_request', name: 'Requested a demo', es: 'Solicitó una demo', category: 'INTENT', field: 'signals.demo_requests', operator: 'AT_LEAST', value: 1, points: 30 },
  { key: 'unsubscribed', name: 'Unsubscribed from emails', es: 'Se dio de baja de los emails', category: 'BEHAVIOUR', field: 'signals.unsubscribes', operator: 'AT_LEAST', value: 1, points: -20 },
];

export interface SlaPolicySeed {
  key: string;
  name: string;
  description: string;
  startsOn: LeadStatus;
  metBy: SlaMetBy;
  durationSeconds: number;
  i18n: { es: { name: string; description: string } };
}

export const SLA_POLICY_SEEDS: readonly SlaPolicySeed[] = [
  {
    key: 'new_lead_processing', name: 'New lead processed within 5 minutes', startsOn: 'NEW', metBy: 'ASSIGNMENT', durationSeconds: 5 * 60,
    description: 'Seed 004, lead management workflow: every new lead gets a sales rep within 5 minutes.',
    i18n: { es: { name: 'Lead nuevo procesado en 5 minutos', description: 'Seed 004, workflow de gestión de leads: cada lead nuevo recibe un comercial en menos de 5 minutos.' } },
  },
  {
    key: 'mql_first_contact', name: 'MQL contacted within 24 hours', startsOn: 'MQL', metBy: 'CONTACT', durationSeconds: 24 * 3600,
    description: 'Seed 003: sales contacts every marketing-qualified lead within 24 hours of the hand-over.',
    i18n: { es: { name: 'MQL contactado en 24 horas', description: 'Seed 003: ventas contacta cada lead calificado por marketing en las 24 horas siguientes al traspaso.' } },
  },
];

export const DEMO_CHANNELS = ['organic', 'paid_search', 'social', 'events', 'referral', 'outbound'] as const;
export type DemoChannel = (typeof DEMO_CHANNELS)[number];

export const DEMO_CAMPAIGNS: Record<DemoChannel, readonly string[]> = {
  organic: ['seo_guides', 'product_webinars'],
  paid_search: ['brand_search', 'competitor_search'],
  social: ['linkedin_ads', 'community_posts'],
  events: ['saas_summit', 'regional_roadshow'],
  referral: ['partner_program', 'customer_referrals'],
  outbound: ['abm_enterprise', 'sdr_sequences'],
};

/**
 * Channels differ in quality: how engaged their leads arrive (scoring signals) and how often they qualify
 * and win, relative to the funnel's overall rates.
 */
export const CHANNEL_QUALITY: Record<DemoChannel, { engagement: number; qualify: number; win: number }> = {
  organic: { engagement: 1, qualify: 1, win: 1 },
  paid_search: { engagement: 0.8, qualify: 0.85, win: 0.9 },
  social: { engagement: 0.6, qualify: 0.7, win: 0.75 },
  events: { engagement: 1.3, qualify: 1.1, win: 1.05 },
  referral: { engagement: 1.4, qualify: 1.3, win: 1.35 },
  outbound: { engagement: 0.7, qualify: 0.95, win: 1 },
};

/** New leads the simulator brings in per tick, on average. */
export const LIVE_LEADS_PER_TICK = 0.35;

export interface DemoRepSeed {
  key: string;
  name: string;
  territories: string[];
  specialisations: string[];
  capacity: number;
  /** How long the rep takes to act, relative to the team (0.5: twice as fast). Demo only. */
  pace: number;
}

export const DEMO_REP_SEEDS: readonly DemoRepSeed[] = [
  { key: 'olivia-bennett', name: 'Olivia Bennett', territories: ['NA'], specialisations: ['ENTERPRISE'], capacity: 140, pace: 0.6 },
  { key: 'marcus-reed', name: 'Marcus Reed', territories: ['NA'], specialisations: ['MID_MARKET'], capacity: 140, pace: 1 },
  { key: 'hannah-cole', name: 'Hannah Cole', territories: ['NA'], specialisations: ['SMB'], capacity: 140, pace: 0.8 },
  { key: 'david-kim', name: 'David Kim', territories: ['NA'], specialisations: ['SMB', 'MID_MARKET'], capacity: 140, pace: 1.6 },
  { key: 'lucia-fernandez', name: 'Lucía Fernández', territories: ['EMEA'], specialisations: ['ENTERPRISE'], capacity: 140, pace: 0.7 },
  { key: 'jonas-weber', name: 'Jonas Weber', territories: ['EMEA'], specialisations: ['MID_MARKET'], capacity: 140, pace: 1.1 },
  { key: 'amelie-laurent', name: 'Amélie Laurent', territories: ['EMEA'], specialisations: ['SMB'], capacity: 140, pace: 2.2 },
  { key: 'mateo-silva', name: 'Mateo Silva', territories: ['LATAM'], specialisations: ['ENTERPRISE', 'MID_MARKET'], capacity: 30, pace: 1.2 },
  { key: 'valentina-rojas', name: 'Valentina Rojas', territories: ['LATAM'], specialisations: ['SMB'], capacity: 25, pace: 0.9 },
  { key: 'kenji-sato', name: 'Kenji Sato', territories: ['APAC'], specialisations: ['ENTERPRISE'], capacity: 120, pace: 1 },
  { key: 'priya-nair', name: 'Priya Nair', territories: ['APAC'], specialisations: ['MID_MARKET', 'SMB'], capacity: 120, pace: 1.3 },
  { key: 'liam-oconnor', name: "Liam O'Connor", territories: ['APAC', 'NA'], specialisations: ['SMB'], capacity: 120, pace: 1.8 },
];
