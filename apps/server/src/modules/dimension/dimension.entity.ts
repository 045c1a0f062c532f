import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LocalizedText } from '../../common/localized';

/** The display label of one dimension value, e.g. workflow `lead_management` → "Lead management" (es: "Gestión de leads"). */
@Entity({ name: 'dimension_label' })
export class DimensionLabelEntity {
  @PrimaryColumn({ type: 'text' }) dimension: string;
  @PrimaryColumn({ type: 'text' }) value: string;
  @Column({ type: 'text' }) label: string;
  /** Translations under `name`, as the catalog's texts. */
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
}
