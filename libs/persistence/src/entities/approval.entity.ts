import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A step that needs a second person's decision (four-eyes): provisional WRO, blocking a facility. */
@Entity({ name: 'approvals' })
@Index('IDX_approvals_status', ['status', 'requestedAt'])
export class ApprovalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text' })
  reason: string;

  /** User id, or `system` when a clock raised it. */
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;
}
