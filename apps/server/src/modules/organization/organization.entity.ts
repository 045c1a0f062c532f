import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The organisation's settings as edited in the app: one row, absent until the first edit. */
@Entity({ name: 'organization_settings' })
export class OrganizationSettingsEntity {
  @PrimaryColumn({ type: 'boolean', default: true }) id: boolean;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', name: 'time_zone' }) timeZone: string;
  @Column({ type: 'text' }) currency: string;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
