import { NormativeForce } from '@plenary/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A stored attribution span: text and the version that introduced it. */
export interface StoredSpan {
  t: string;
  v: number;
}

@Entity('clause_version')
export class ClauseVersionEntity {
  @PrimaryColumn({ name: 'clause_id', type: 'uuid' }) clauseId!: string;
  @PrimaryColumn({ type: 'integer' }) version!: number;
  @Column({ type: 'varchar', length: 300, nullable: true }) heading!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'varchar', length: 16 }) force!: NormativeForce;
  @Column({ type: 'jsonb', default: [] }) sources!: string[];
  /** Norms cited (ids of `norm` rows), beside the free-text sources. */
  @Column({ name: 'norm_ids', type: 'jsonb', default: [] }) normIds!: string[];
  @Column({ name: 'amendment_id', type: 'uuid', nullable: true }) amendmentId!: string | null;
  @Column({ name: 'author_organization_id', type: 'uuid', nullable: true }) authorOrganizationId!:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'created_seq', type: 'integer' }) createdSeq!: number;
  @Column({ type: 'jsonb' }) attribution!: StoredSpan[];
}

/** A version as pages show it: everything but the attribution spans (read on their own). */
export type ClauseVersionText = Omit<ClauseVersionEntity, 'attribution'>;
