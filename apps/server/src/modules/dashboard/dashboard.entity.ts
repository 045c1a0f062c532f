import { Column, Entity, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, ManyToOne, JoinColumn } from 'typeorm';
import type { Department } from '@opshub/metrics';
import type { LocalizedText } from '../../common/localized';

@Entity({ name: 'dashboard' })
export class DashboardEntity {
  @PrimaryColumn({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text' }) department: Department;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
  @OneToMany(() => DashboardSectionEntity, (section) => section.dashboard) sections: DashboardSectionEntity[];
}

@Entity({ name: 'dashboard_section' })
export class DashboardSectionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'dashboard_slug' }) dashboardSlug: string;
  @ManyToOne(() => DashboardEntity, (dashboard) => dashboard.sections, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dashboard_slug' })
  dashboard: DashboardEntity;
  @Column({ type: 'text' }) key: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text', array: true, name: 'metric_keys', default: () => "'{}'" }) metricKeys: string[];
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
}
