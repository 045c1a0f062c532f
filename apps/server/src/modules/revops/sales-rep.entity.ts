import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'sales_rep' })
export class SalesRepEntity {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'text' }) name: string;
  /** Regions the rep covers. */
  @Column({ type: 'text', array: true }) territories: string[];
  /** Segments the rep specialises in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" }) specialisations: string[];
  /** Open leads the rep can carry; routing skips a rep at capacity. */
  @Column({ type: 'int' }) capacity: number;
  @Column({ type: 'boolean', default: true }) active: boolean;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
