import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * One version of a holiday calendar (docs/domain.md §4): the closure days it holds and what the
 * administrator changed to make it. Versions are only added; a deadline names the version it used.
 * A calendar without rows is at version 1, the rule-based list of libs/domain.
 */
@Entity({ name: 'holiday_calendar_versions' })
export class HolidayCalendarVersionEntity {
  @PrimaryColumn({ name: 'calendar_id', type: 'text' })
  calendarId: string;

  @PrimaryColumn({ type: 'int' })
  version: number;

  /** Every closure day of this version, 'YYYY-MM-DD', sorted. */
  @Column({ type: 'text', array: true })
  holidays: string[];

  /** { added, removed, reason }: what made this version. */
  @Column({ type: 'jsonb' })
  change: Record<string, unknown>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
