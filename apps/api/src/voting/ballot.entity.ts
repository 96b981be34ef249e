import { BallotChoice } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The current ballot of an organization on an amendment (history in ballot_history). */
@Entity('ballot')
export class BallotEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' }) amendmentId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 8 }) choice!: BallotChoice;
  @Column({ type: 'text', nullable: true }) explanation!: string | null;
  @Column({ name: 'cast_by', type: 'uuid' }) castBy!: string;
  @Column({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
  /** The receipt: the seq and hash of the event that recorded the ballot. */
  @Column({ name: 'receipt_seq', type: 'integer', nullable: true }) receiptSeq!: number | null;
  @Column({ name: 'receipt_hash', type: 'char', length: 64, nullable: true })
  receiptHash!: string | null;
}
