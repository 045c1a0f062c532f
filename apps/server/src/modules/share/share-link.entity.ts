import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'dashboard_share_link' })
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'dashboard_slug' }) dashboardSlug: string;
  @Column({ type: 'text', default: '' }) label: string;
  /** sha256 of the token; the token itself is shown once, when the link is made. */
  @Column({ type: 'text', name: 'token_hash', unique: true }) tokenHash: string;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'uuid', name: 'created_by', nullable: true }) createdBy: string | null;
  @Column({ type: 'text', name: 'created_by_name' }) createdByName: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
