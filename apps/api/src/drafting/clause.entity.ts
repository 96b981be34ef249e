import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ClauseVersionText } from './clause-version.entity.js';

@Entity('clause')
export class ClauseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'accord_id', type: 'uuid' }) accordId!: string;
  /** 1-based place in the accord; null once removed. */
  @Column({ type: 'integer', nullable: true }) position!: number | null;
  /** Its article number ("5 bis"), fixed once given until the text is renumbered. */
  @Column({ type: 'varchar', length: 60 }) number!: string;
  /** Live, or removed since the last renumbering: no other clause may take the number. */
  @Column({ name: 'holds_number', type: 'boolean', default: true }) holdsNumber!: boolean;
  @Column({ name: 'current_version', type: 'integer' }) currentVersion!: number;
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true }) removedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A clause in the text now (not removed): it has a place. */
export type PlacedClause = ClauseEntity & { position: number };

export const isPlaced = (clause: ClauseEntity): clause is PlacedClause =>
  clause.removedAt === null && clause.position !== null;

/** A clause as the loaders read it: with its current version when the query joined it. */
export type ListedClause = ClauseEntity & { current?: ClauseVersionText };
