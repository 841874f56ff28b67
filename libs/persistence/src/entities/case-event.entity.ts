import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InspectionCaseEntity } from './inspection-case.entity';

/**
 * Append-only, hash-chained log of everything that happened to a case. (case_id, sequence) is
 * the key, so an activity retried after a crash cannot write an event twice.
 */
@Entity({ name: 'case_events' })
export class CaseEventEntity {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => InspectionCaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_events_case' })
  inspectionCase?: InspectionCaseEntity;

  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @Column({ type: 'text' })
  type: string;

  /** User id, or `system` for clock-driven events. */
  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** When it happened in the workflow's time (durable timers and replay agree on it). */
  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
