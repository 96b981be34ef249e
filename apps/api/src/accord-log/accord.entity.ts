import type { DecisionRule } from '@plenary/contracts';
import type { PartiesPerGroup } from '@plenary/decision-rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('accord')
export class AccordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', nullable: true }) preamble!: string | null;
  @Column({ type: 'jsonb' }) rule!: DecisionRule;
  @Column({ name: 'facilitator_id', type: 'uuid' }) facilitatorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seq', type: 'integer', default: 0 }) lastSeq!: number;
  @Column({ name: 'head_hash', type: 'char', length: 64, default: () => "repeat('0', 64)" })
  headHash!: string;
  @Column({ name: 'parties_per_group', type: 'jsonb', default: {} })
  partiesPerGroup!: PartiesPerGroup;
  /** When amendments may be proposed (set by the facilitator; null: no limit on that side). */
  @Column({ name: 'proposals_open_from', type: 'timestamptz', nullable: true })
  proposalsOpenFrom!: Date | null;
  @Column({ name: 'proposals_close_at', type: 'timestamptz', nullable: true })
  proposalsCloseAt!: Date | null;
  /** The last signed checkpoint and the interval it promised: the event log writes them in its own SQL. */
  @Column({ name: 'checkpoint_seq', type: 'integer', nullable: true, insert: false, update: false })
  checkpointSeq!: number | null;
  @Column({
    name: 'checkpoint_every',
    type: 'integer',
    nullable: true,
    insert: false,
    update: false,
  })
  checkpointEvery!: number | null;
}
