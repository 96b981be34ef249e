import type { CosponsorStatus } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A party the author of an amendment invited to co-sponsor it, and its answer. */
@Entity('amendment_sponsor')
export class AmendmentSponsorEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' }) amendmentId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 16 }) status!: CosponsorStatus;
  @Column({ name: 'invited_by', type: 'uuid' }) invitedBy!: string;
  @Column({ name: 'invited_at', type: 'timestamptz' }) invitedAt!: Date;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy!: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
}
