import type { Department } from '@opshub/metrics';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationLocale } from '../../common/localized';

export const WEBHOOK_EVENT_TYPES = ['ALERT_RAISED', 'ALERT_CHANGED', 'DIGEST', 'TEST', 'REVIEW'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** WEBHOOK: signed JSON POSTs. SLACK: a Slack-compatible incoming webhook. EMAIL: messages to fixed addresses. */
export const CHANNEL_KINDS = ['WEBHOOK', 'SLACK', 'EMAIL'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const WEBHOOK_DELIVERY_STATES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

/**
 * A notification channel: where events go. A WEBHOOK gets them POSTed and signed with its secret; an endpoint of
 * no department is an ADMIN's and may take every event of its `eventTypes`; one of a department is its head's
 * and gets only what is routed to it (the alerts of rules naming it, digests, tests).
 */
@Entity({ name: 'webhook_endpoint' })
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: 'WEBHOOK' }) kind: ChannelKind;
  @Column({ type: 'text', nullable: true }) department: Department | null;
  /** WEBHOOK and SLACK; null for EMAIL. */
  @Column({ type: 'text', nullable: true }) url: string | null;
  /** EMAIL: the addresses. */
  @Column({ type: 'text', array: true, default: '{}' }) recipients: string[];
  @Column({ type: 'text' }) secret: string;
  @Column({ type: 'text', array: true, name: 'event_types' }) eventTypes: WebhookEventType[];
  @Column({ type: 'boolean', default: true }) active: boolean;
  /** The language of its e-mails and Slack messages. */
  @Column({ type: 'text', default: 'en' }) locale: NotificationLocale;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
