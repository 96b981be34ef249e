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
  /**
   * Once the facilitator declared the text final: the seq and hash of that declaration (the
   * text is the accord as it stood there), when and by whom. Every write's lock reads finalSeq.
   */
  @Column({ name: 'final_seq', type: 'integer', nullable: true }) finalSeq!: number | null;
  @Column({ name: 'final_hash', type: 'char', length: 64, nullable: true })
  finalHash!: string | null;
  @Column({ name: 'declared_final_at', type: 'timestamptz', nullable: true })
  declaredFinalAt!: Date | null;
  @Column({ name: 'declared_final_by', type: 'uuid', nullable: true })
  declaredFinalBy!: string | null;
  /** The final accord this one is a new version of (at most one next version each). */
  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true })
  previousVersionId!: string | null;
  /** The public page's slug (kept once given) and since when it is published (null: not). */
  @Column({ name: 'public_slug', type: 'varchar', length: 120, nullable: true })
  publicSlug!: string | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
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
