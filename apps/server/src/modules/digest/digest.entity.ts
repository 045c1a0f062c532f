import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const DIGEST_CADENCES = ['DAILY', 'WEEKLY'] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];

/** A dashboard's summary, sent every day or week to a webhook, or left in the outbox for a mail relay. */
@Entity({ name: 'digest_subscription' })
export class DigestSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'dashboard_slug' }) dashboardSlug: string;
  @Column({ type: 'text' }) cadence: DigestCadence;
  /** A channel it goes to. */
  @Column({ type: 'uuid', name: 'webhook_endpoint_id', nullable: true }) webhookEndpointId: string | null;
  /** A user it is e-mailed to: it lists what that user may read. */
  @Column({ type: 'uuid', name: 'user_id', nullable: true }) userId: string | null;
  /** Who subscribed (null: before subscriptions were personal); a channel's digest lists what they may read. */
  @Column({ type: 'uuid', name: 'created_by', nullable: true }) createdBy: string | null;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @Column({ type: 'timestamptz', name: 'next_run_at' }) nextRunAt: Date;
  @Column({ type: 'timestamptz', name: 'last_run_at', nullable: true }) lastRunAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
