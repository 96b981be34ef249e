import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('app_user')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ name: 'display_name', type: 'varchar', length: 120 }) displayName!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** Granted by another operator (those named in PLENARY_OPERATOR_EMAILS need no flag). */
  @Column({ name: 'is_operator', type: 'boolean', default: false }) isOperator!: boolean;
}

/** What reads show of a user: never the password hash. */
export type UserCard = Pick<UserEntity, 'id' | 'email' | 'displayName'>;
