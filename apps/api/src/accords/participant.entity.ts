import { ParticipantRole } from '@plenary/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('participant')
export class ParticipantEntity {
  @PrimaryColumn({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 16 }) role!: ParticipantRole;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt!: Date;
}
