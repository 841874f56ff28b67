import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Running counts of the clocks in the deadlines table, per board bucket and per what the board
 * filters on (kind, subject, facility, assignee), so that the board's counts never read the clocks
 * that are done: `met` and `missed` (they only grow), `paused` and `running` (open, not paused; the
 * board splits these into on track, at risk and overdue by two index range counts). Cancelled
 * clocks are not counted. Kept in the same transaction as every write to deadlines, by its
 * statement triggers (migration DeadlineTallies); never written by the application.
 */
@Entity({ name: 'deadline_tallies' })
export class DeadlineTallyEntity {
  /** `met`, `missed`, `paused` or `running`. */
  @PrimaryColumn({ type: 'text' })
  bucket: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  /** `case` or `entry`. */
  @PrimaryColumn({ type: 'text' })
  subject: string;

  /** The clock's facility, '' when it has none. */
  @PrimaryColumn({ name: 'facility_id', type: 'text' })
  facilityId: string;

  /** The clock's assignee, '' when it has none. */
  @PrimaryColumn({ name: 'assignee_id', type: 'text' })
  assigneeId: string;

  @Column({ type: 'integer', default: 0 })
  n: number;
}
