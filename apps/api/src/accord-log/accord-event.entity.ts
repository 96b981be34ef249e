import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('accord_event')
export class AccordEventEntity {
  @PrimaryColumn({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @PrimaryColumn({ type: 'integer' }) seq!: number;
  @Column({ type: 'varchar', length: 64 }) type!: string;
  @Column({ type: 'timestamptz', precision: 3 }) at!: Date;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'jsonb' }) payload!: unknown;
  @Column({ name: 'prev_hash', type: 'char', length: 64 }) prevHash!: string;
  @Column({ type: 'char', length: 64 }) hash!: string;
}
