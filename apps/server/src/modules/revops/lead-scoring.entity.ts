import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized';
import type { ScoringCategory, ScoringOperator, ScoringValue } from '@opshub/metrics';

@Entity({ name: 'scoring_rule' })
export class ScoringRuleEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) category: ScoringCategory;
  @Column({ type: 'text' }) field: string;
  @Column({ type: 'text' }) operator: ScoringOperator;
  @Column({ type: 'jsonb' }) value: ScoringValue;
  @Column({ type: 'int' }) points: number;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
}

/** The single row of scoring settings. */
@Entity({ name: 'lead_scoring' })
export class LeadScoringEntity {
  @PrimaryColumn({ type: 'boolean', default: true }) singleton: boolean;
  @Column({ type: 'int', name: 'mql_threshold' }) mqlThreshold: number;
}
