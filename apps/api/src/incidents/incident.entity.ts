import type { IncidentActor, IncidentResponse } from '@plenary/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An incident recorded in an accord, to be assessed against its clauses. */
@Entity('incident')
export class IncidentEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** A partial date: "2010", "2014-11", "2017-05-12". */
  @Column({ name: 'started_on', type: 'varchar', length: 10 }) startedOn!: string;
  @Column({ name: 'ended_on', type: 'varchar', length: 10, nullable: true }) endedOn!:
    string | null;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'jsonb', default: [] }) sources!: string[];
  @Column({ type: 'jsonb', default: [] }) actors!: IncidentActor[];
  @Column({ type: 'jsonb', default: [] }) responses!: IncidentResponse[];
  /** The organization it was recorded for: its representatives may revise it. */
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz' }) recordedAt!: Date;
  @Column({ name: 'recorded_seq', type: 'integer' }) recordedSeq!: number;
  /** 1 as recorded, one more per revision: an edit names the revision it was made on. */
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @Column({ name: 'revised_by', type: 'uuid', nullable: true }) revisedBy!: string | null;
  @Column({ name: 'revised_at', type: 'timestamptz', nullable: true }) revisedAt!: Date | null;
}
