import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A comment on an amendment or on one version of a clause; deleted ones keep their row. */
@Entity('comment')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  @Column({ name: 'amendment_id', type: 'uuid', nullable: true }) amendmentId!: string | null;
  @Column({ name: 'clause_id', type: 'uuid', nullable: true }) clauseId!: string | null;
  @Column({ name: 'clause_version', type: 'integer', nullable: true }) clauseVersion!:
    number | null;
  @Column({ name: 'parent_id', type: 'uuid', nullable: true }) parentId!: string | null;
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'text' }) body!: string;
  @Column({ name: 'quote_start', type: 'integer', nullable: true }) quoteStart!: number | null;
  @Column({ name: 'quote_end', type: 'integer', nullable: true }) quoteEnd!: number | null;
  @Column({ type: 'integer', default: 1 }) revision!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true }) editedAt!: Date | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @Column({ name: 'deleted_by', type: 'uuid', nullable: true }) deletedBy!: string | null;
}
