import { VotingRoundOutcome } from '@plenary/contracts';
import type { Tally } from '@plenary/decision-rules';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AmendmentConflict } from '../drafting/amendment.entity.js';

/** One vote held on an amendment: an amendment rebased after a suspension is voted on again. */
@Entity('voting_round')
export class VotingRoundEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' }) amendmentId!: string;
  @PrimaryColumn({ type: 'integer' }) round!: number;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt!: Date;
  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true }) closesAt!: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) outcome!: VotingRoundOutcome | null;
  @Column({ name: 'final_tally', type: 'jsonb', nullable: true }) finalTally!: Tally | null;
  @Column({ type: 'jsonb', nullable: true }) conflict!: AmendmentConflict | null;
}
