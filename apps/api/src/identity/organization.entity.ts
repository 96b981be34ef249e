import { StakeholderGroup } from '@plenary/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'stakeholder_group', type: 'varchar', length: 32 }) group!: StakeholderGroup;
  @Column({ type: 'varchar', length: 100, nullable: true }) country!: string | null;
  /** Its domain or web address, as given by its creator and checked by the operator. */
  @Column({ type: 'varchar', length: 253, nullable: true }) website!: string | null;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** Set by a platform operator who checked who it is; only then may it be a PARTY. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt!: Date | null;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy!: string | null;
}
