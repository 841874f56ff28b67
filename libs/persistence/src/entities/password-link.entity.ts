import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

export const PASSWORD_LINK_PURPOSES = ['invitation', 'reset'] as const;
export type PasswordLinkPurpose = (typeof PASSWORD_LINK_PURPOSES)[number];

/**
 * A link that sets a user's password: sent by e-mail with an invitation or a reset, valid until
 * `expires_at` and only once. Only the SHA-256 of the link's token is kept.
 */
@Entity({ name: 'password_links' })
@Index('IDX_password_links_user', ['userId'])
export class PasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_password_links_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_password_links_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose: PasswordLinkPurpose;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Who sent it; null for the first administrator's link printed by `npm run create-admin`. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
