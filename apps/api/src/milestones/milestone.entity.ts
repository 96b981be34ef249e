import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A name the facilitator gave the text as it stood at one event of the accord's log. */
@Entity('milestone')
@Index('milestone_accord_seq', ['accordId', 'seq'])
export class MilestoneEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  /** The seq of its own `milestone.marked` event: the text then is the text it names. */
  @Column({ type: 'integer' }) seq!: number;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ name: 'marked_by', type: 'uuid' }) markedBy!: string;
  @Column({ name: 'marked_at', type: 'timestamptz' }) markedAt!: Date;
}
