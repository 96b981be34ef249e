import type { SignatureReservation } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An organization's signature of a final text, with its statement and reservations. At most one
 * standing (not withdrawn) signature per organization and accord: a partial unique index.
 */
@Entity('signature')
export class SignatureEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'signed_by', type: 'uuid' }) signedBy!: string;
  @Column({ name: 'signed_at', type: 'timestamptz' }) signedAt!: Date;
  @Column({ name: 'signed_seq', type: 'integer' }) signedSeq!: number;
  @Column({ type: 'text', nullable: true }) statement!: string | null;
  @Column({ type: 'jsonb', default: [] }) reservations!: SignatureReservation[];
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true }) withdrawnBy!: string | null;
  @Column({ name: 'withdrawn_seq', type: 'integer', nullable: true }) withdrawnSeq!: number | null;
  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;
}
