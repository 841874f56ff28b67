import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Dated history of a facility's status: who changed it, why, on which case. */
@Entity({ name: 'facility_status_changes' })
@Index('IDX_facility_status_changes_facility', ['facilityId', 'changedAt'])
export class FacilityStatusChangeEntity {
  /** Idempotency: the event that caused it (`case:<id>:<sequence>`). */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: string;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy: string;

  /** When the change took effect: the instant of the fact that caused it, which may be entered late. */
  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;

  /** When the system was told of it. */
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
