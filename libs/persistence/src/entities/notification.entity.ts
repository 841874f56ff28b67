import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One message to one person on one channel. Rows are written in the same transaction as the
 * event that causes them (a transactional outbox); `dedupe_key` makes a retried write a no-op,
 * so each notification exists once, and the dispatcher sends each e-mail once.
 */
@Entity({ name: 'notifications' })
@Index('IDX_notifications_dispatch', ['channel', 'status', 'nextAttemptAt'])
@Index('IDX_notifications_inbox', ['recipientId', 'channel', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `<cause>:<recipient>:<channel>`, e.g. `case:<id>:7:<user>:email`. */
  @Index('UQ_notifications_dedupe', { unique: true })
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  /** email | inbox */
  @Column({ type: 'text' })
  channel: string;

  /** What it is about: REMINDER, BREACH, ESCALATION, APPROVAL_REQUESTED, ENTRY_DECISION, REVIEW_SUMMARY, … */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** Where in the app it points, e.g. /cases/<id>. */
  @Column({ type: 'text', nullable: true })
  link: string | null;

  /** Files to attach when sending, by reference (e.g. a review report). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: { kind: string; ref: string; filename: string }[];

  /** pending | sent | failed (e-mail); inbox rows are sent when written. */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
