import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A step that needs a second person's decision (four-eyes): provisional WRO, blocking a facility. */
@Entity({ name: 'approvals' })
@Index('IDX_approvals_status', ['status', 'requestedAt'])
export class ApprovalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The case it belongs to; null for a facility's unblock request. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** The facility an unblock request is about. */
  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  /** The Withhold Release Order or Finding a request to issue, modify or revoke is about. */
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId: string | null;

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
