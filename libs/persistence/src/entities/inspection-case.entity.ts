import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FacilityEntity } from './facility.entity';
import { UserEntity } from './user.entity';

/**
 * Read model of one inspection case. The case's workflow owns the truth; this row is the
 * projection written in the same transaction as each of its events.
 */
@Entity({ name: 'cases' })
@Index('IDX_cases_assignee_next_deadline', ['assigneeId', 'nextDeadlineAt'])
@Index('IDX_cases_stage', ['stage'])
export class InspectionCaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** Human reference, e.g. MOU-2026-000042. */
  @Index('UQ_cases_reference', { unique: true })
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => FacilityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'FK_cases_facility' })
  facility?: FacilityEntity;

  @Column({ name: 'allegation_summary', type: 'text' })
  allegationSummary: string;

  @Column({ name: 'allegation_source', type: 'text' })
  allegationSource: string;

  @Column({ name: 'product_categories', type: 'text', array: true, default: () => "'{}'" })
  productCategories: string[];

  @Column({ type: 'text' })
  stage: string;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  /** The workflow's progress flags (which requests are open, what happened), for the legal next moves. */
  @Column({ type: 'jsonb', nullable: true })
  progress: Record<string, unknown> | null;

  @Column({ name: 'assignee_id', type: 'uuid' })
  assigneeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'FK_cases_assignee' })
  assignee?: UserEntity;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'next_deadline_at', type: 'timestamptz', nullable: true })
  nextDeadlineAt: Date | null;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  /** Sequence and hash of the newest event: the head of the case's hash chain. */
  @Column({ name: 'last_sequence', type: 'int' })
  lastSequence: number;

  @Column({ name: 'last_hash', type: 'text' })
  lastHash: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
