import type { AssessmentVerdict } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An organization's current assessment of an incident against one target (a clause of the
 * accord or a norm of a framework, exactly one): one per incident, target and organization. A revision updates it in
 * place; the `incident.assessed` events keep every earlier one.
 */
@Entity('incident_assessment')
export class IncidentAssessmentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ name: 'incident_id', type: 'uuid' }) incidentId!: string;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId!: string | null;
  @Column({ name: 'norm_id', type: 'uuid', nullable: true }) normId!: string | null;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 16 }) verdict!: AssessmentVerdict;
  @Column({ type: 'text' }) reasoning!: string;
  @Column({ type: 'integer' }) revision!: number;
  @Column({ name: 'assessed_by', type: 'uuid' }) assessedBy!: string;
  @Column({ name: 'assessed_at', type: 'timestamptz' }) assessedAt!: Date;
  /** The seq of the event that recorded this revision. */
  @Column({ type: 'integer' }) seq!: number;
}
