import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DashboardWidget, Department, ReviewCadence } from '@opshub/metrics';
import type { LocalizedText } from '../../common/localized';

/** A widget as stored: a seeded KPI group also carries its title's translations. */
export type StoredWidget = DashboardWidget & { i18n?: LocalizedText };

@Entity({ name: 'dashboard' })
export class DashboardEntity {
  @PrimaryColumn({ type: 'text' }) slug: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  /** The owning department; null for a personal dashboard. */
  @Column({ type: 'text', nullable: true }) department: Department | null;
  /** Further departments it is shared with (their heads and viewers open it, their heads edit it); empty for a personal one. */
  @Column({ type: 'text', array: true, name: 'shared_with', default: '{}' }) sharedWith: Department[];
  /** The owner of a personal dashboard; null for a department's. */
  @Column({ type: 'uuid', name: 'owner_user_id', nullable: true }) ownerUserId: string | null;
  /** Who reviews it on its cadence (see modules/review); unrelated to ownerUserId, the owner of a personal dashboard. */
  @Column({ type: 'uuid', name: 'review_owner_user_id', nullable: true }) reviewOwnerUserId: string | null;
  @Column({ type: 'text', name: 'review_cadence', nullable: true }) reviewCadence: ReviewCadence | null;
  @Column({ type: 'int', default: 0 }) position: number;
  @Column({ type: 'jsonb', default: {} }) i18n: LocalizedText;
  @Column({ type: 'jsonb', default: [] }) widgets: StoredWidget[];
  /** Rises by one on every save: what an editor started from, for optimistic concurrency. */
  @Column({ type: 'int', default: 1 }) version: number;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
  @Column({ type: 'text', name: 'updated_by', nullable: true }) updatedBy: string | null;
}

/** Every saved state of a dashboard, the first one included. */
@Entity({ name: 'dashboard_version' })
export class DashboardVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'dashboard_slug' }) dashboardSlug: string;
  @Column({ type: 'int' }) version: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'jsonb' }) widgets: StoredWidget[];
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'text', name: 'created_by' }) createdBy: string;
  @Column({ type: 'text', name: 'created_by_id', nullable: true }) createdById: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
