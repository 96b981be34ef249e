import type { DecisionRule } from '@plenary/contracts';
import type { PartiesPerGroup } from '@plenary/decision-rules';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('accord')
export class AccordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar' }) title!: string;
  @Column({ type: 'text', nullable: true }) preamble!: string | null;
  @Column({ type: 'jsonb' }) rule!: DecisionRule;
  @Column({ name: 'facilitator_id', type: 'uuid' }) facilitatorId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seq', type: 'integer' }) lastSeq!: number;
  @Column({ name: 'head_hash', type: 'char', length: 64 }) headHash!: string;
  @Column({ name: 'parties_per_group', type: 'jsonb' }) partiesPerGroup!: PartiesPerGroup;
}
