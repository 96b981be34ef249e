import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant organization's visible "+1" on an amendment (not a co-sponsorship). */
@Entity('amendment_support')
export class AmendmentSupportEntity {
  @PrimaryColumn({ name: 'amendment_id', type: 'uuid' }) amendmentId!: string;
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'supported_by', type: 'uuid' }) supportedBy!: string;
  @Column({ name: 'supported_at', type: 'timestamptz' }) supportedAt!: Date;
}
