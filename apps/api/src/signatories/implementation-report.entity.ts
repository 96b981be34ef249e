import { ImplementationStatus } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A signatory's report on how far it implemented one article; every report is kept. */
@Entity('implementation_report')
export class ImplementationReportEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'clause_id', type: 'uuid' }) clauseId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: ImplementationStatus;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'reported_by', type: 'uuid' }) reportedBy!: string;
  @Column({ name: 'reported_at', type: 'timestamptz' }) reportedAt!: Date;
  @Column({ type: 'integer' }) seq!: number;
}
