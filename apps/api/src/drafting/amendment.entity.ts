import {
  AmendmentKind,
  AmendmentStatus,
  NormativeForce,
  type AmendmentConflictReason,
} from '@plenary/contracts';
import type { BallotCounts, Tally } from '@plenary/decision-rules';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { MergeConflict } from '@plenary/text-history';

/** Why an amendment no longer applies to the current text; its author rebases it. */
export interface AmendmentConflict {
  reason: AmendmentConflictReason;
  currentVersion: number | null;
  ranges: MergeConflict[];
}

/**
 * What a MODIFY amendment written against an older version would make of its clause now: its
 * change merged three-way onto version `onto`. A close applies exactly this.
 */
export interface MergedProposal {
  onto: number;
  heading: string | null;
  text: string;
  force: NormativeForce;
  sources: string[];
  /** Absent from merges stored before norm frameworks. */
  normIds?: string[];
}

@Entity('amendment')
export class AmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: AmendmentKind;
  @Column({ type: 'varchar', length: 16 }) status!: AmendmentStatus;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId!: string | null;
  @Column({ name: 'base_version', type: 'integer', nullable: true }) baseVersion!: number | null;
  @Column({ type: 'varchar', length: 300, nullable: true }) heading!: string | null;
  @Column({ type: 'text', nullable: true }) text!: string | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) force!: NormativeForce | null;
  @Column({ type: 'jsonb', default: [] }) sources!: string[];
  /** Norms cited (ids of `norm` rows), beside the free-text sources. */
  @Column({ name: 'norm_ids', type: 'jsonb', default: [] }) normIds!: string[];
  @Column({ type: 'integer', nullable: true }) position!: number | null;
  @Column({ type: 'text' }) rationale!: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ name: 'on_behalf_of', type: 'uuid' }) onBehalfOf!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column({ name: 'voting_opened_at', type: 'timestamptz', nullable: true })
  votingOpenedAt!: Date | null;
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true }) closesAt!: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt!: Date | null;
  @Column({ name: 'ballot_counts', type: 'jsonb', default: {} })
  ballotCounts!: Partial<BallotCounts>;
  @Column({ name: 'final_tally', type: 'jsonb', nullable: true }) finalTally!: Tally | null;
  @Column({ type: 'jsonb', nullable: true }) conflict!: AmendmentConflict | null;
  @Column({ type: 'jsonb', nullable: true }) merged!: MergedProposal | null;
}
