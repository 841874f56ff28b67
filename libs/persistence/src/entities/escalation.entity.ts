import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One step of the escalation ladder that fired on a deadline (docs/domain.md §5). */
@Entity({ name: 'escalations' })
@Index('IDX_escalations_open', ['acknowledgedAt', 'occurredAt'])
export class EscalationEntity {
  /** `<deadline id>:L<level>`: a step fires once per deadline. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'deadline_id', type: 'text' })
  deadlineId: string;

  @Column({ type: 'int' })
  level: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'acknowledged_by', type: 'uuid', nullable: true })
  acknowledgedBy: string | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  /** How often supervisors were reminded of it while nobody acknowledged it, and when last. */
  @Column({ type: 'int', default: 0 })
  reminders: number;

  @Column({ name: 'last_reminded_at', type: 'timestamptz', nullable: true })
  lastRemindedAt: Date | null;
}
