/** Lead scoring from seed 003's four kinds of signal: demographic data, behaviour, content interaction and intent. */
export const SCORING_CATEGORIES = ['DEMOGRAPHIC', 'BEHAVIOUR', 'CONTENT', 'INTENT'] as const;
export type ScoringCategory = (typeof SCORING_CATEGORIES)[number];

export const SCORING_OPERATORS = ['EQUALS', 'IN', 'AT_LEAST'] as const;
export type ScoringOperator = (typeof SCORING_OPERATORS)[number];

export type ScoringValue = string | number | string[];

export interface ScoringRule {
  key: string;
  name: string;
  category: ScoringCategory;
  /** A lead field (channel, campaign, region, segment, companySize) or a signal, `signals.<name>`. */
  field: string;
  operator: ScoringOperator;
  /** A string for EQUALS, a list of strings for IN, a number for AT_LEAST. */
  value: ScoringValue;
  points: number;
}

export interface ScorableLead {
  channel: string;
  campaign: string | null;
  region: string;
  segment: string;
  companySize: number | null;
  /** Behaviour and intent signals as counts, e.g. { pricing_page_views: 3, demo_requested: 1 }. */
  signals: Record<string, number>;
}

export interface ScoreContribution {
  rule: string;
  name: string;
  category: ScoringCategory;
  points: number;
}

type LeadField = 'channel' | 'campaign' | 'region' | 'segment' | 'companySize';

function fieldValue(lead: ScorableLead, field: string): string | number | null {
  if (field.startsWith('signals.')) return lead.signals[field.slice('signals.'.length)] ?? 0;
  return lead[field as LeadField];
}

function matches(rule: ScoringRule, value: string | number | null): boolean {
  if (value === null) return false;
  switch (rule.operator) {
    case 'EQUALS':
      return String(value) === rule.value;
    case 'IN':
      return Array.isArray(rule.value) && rule.value.includes(String(value));
    case 'AT_LEAST':
      return typeof value === 'number' && typeof rule.value === 'number' && value >= rule.value;
  }
}

/** The score and, for the record, which rules gave it its points (negative points included). */
export function scoreLead(lead: ScorableLead, rules: readonly ScoringRule[]): { score: number; breakdown: ScoreContribution[] } {
  const breakdown = rules
    .filter((rule) => matches(rule, fieldValue(lead, rule.field)))
    .map((rule) => ({ rule: rule.key, name: rule.name, category: rule.category, points: rule.points }));
  return { score: breakdown.reduce((sum, c) => sum + c.points, 0), breakdown };
}
