import { NormativeForce } from '@plenary/contracts';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A named, citable set of norms (a report, a convention, a pledge), shared by every accord. */
@Entity('framework')
export class FrameworkEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  /** How it is cited ("UN GGE 2015"): unique on the platform, whatever its case. */
  @Column({ name: 'short_name', type: 'varchar', length: 40 }) shortName!: string;
  @Column({ type: 'varchar', length: 300 }) title!: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) publisher!: string | null;
  @Column({ type: 'integer' }) year!: number;
  /** YYYY-MM-DD (a date column, read as text by pg). */
  @Column({ name: 'published_on', type: 'date', nullable: true }) publishedOn!: string | null;
  @Column({ name: 'source_url', type: 'varchar', length: 2000, nullable: true }) sourceUrl!:
    string | null;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** One norm of a framework; its key ("13(a)") is stable within the framework. */
@Entity('norm')
export class NormEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @Column({ type: 'varchar', length: 40 }) key!: string;
  /** Its place in the framework, 1-based. */
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 200, nullable: true }) title!: string | null;
  @Column({ type: 'text' }) text!: string;
  /** The force its authors gave it. */
  @Column({ type: 'varchar', length: 16 }) force!: NormativeForce;
  @Column({ name: 'source_url', type: 'varchar', length: 2000, nullable: true }) sourceUrl!:
    string | null;
}
