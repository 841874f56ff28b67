import { type CalendarChange, type HolidayCalendar, US_FEDERAL_CALENDAR } from '@mou/domain';
import { appendLogEvent, inTransaction } from '../record-chain';
import type { Queryable } from './queryable';

/** The calendars the system counts on; each starts at version 1, the rule-based list of libs/domain. */
const BASE_CALENDARS: Record<string, HolidayCalendar> = { [US_FEDERAL_CALENDAR.id]: US_FEDERAL_CALENDAR };

export interface CalendarVersionRecord {
  version: number;
  change: CalendarChange | null;
  createdBy: { id: string; name: string | null } | null;
  createdAt: Date | null;
}

/** The calendar's version in force (the newest), or null for a calendar the system does not know. */
export async function currentCalendar(db: Queryable, calendarId: string): Promise<HolidayCalendar | null> {
  const base = BASE_CALENDARS[calendarId];
  if (!base) return null;
  const [row] = (await db.query(
    `SELECT version, holidays FROM holiday_calendar_versions WHERE calendar_id = $1 ORDER BY version DESC LIMIT 1`,
    [calendarId],
  )) as { version: number; holidays: string[] }[];
  return row ? { id: calendarId, version: row.version, holidays: row.holidays } : base;
}

/** Every version of the calendar, newest first; version 1 is the rule-based list, made by nobody. */
export async function calendarVersions(db: Queryable, calendarId: string): Promise<CalendarVersionRecord[]> {
  const rows = (await db.query(
    `SELECT v.version, v.change, v.created_by AS "createdBy", u.display_name AS "createdByName", v.created_at AS "createdAt"
       FROM holiday_calendar_versions v LEFT JOIN users u ON u.id = v.created_by
      WHERE v.calendar_id = $1 ORDER BY v.version DESC`,
    [calendarId],
  )) as { version: number; change: CalendarChange; createdBy: string | null; createdByName: string | null; createdAt: Date }[];
  return [
    ...rows.map((r) => ({ version: r.version, change: r.change, createdBy: r.createdBy ? { id: r.createdBy, name: r.createdByName } : null, createdAt: r.createdAt })),
    { version: 1, change: null, createdBy: null, createdAt: null },
  ];
}

/**
 * Stores a new version; false when another administrator stored that version first (the primary
 * key refuses the second), so the caller answers 409 and changes nothing.
 */
export async function insertCalendarVersion(db: Queryable, calendar: HolidayCalendar, change: CalendarChange, by: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const inserted = (await tx.query(
      `INSERT INTO holiday_calendar_versions (calendar_id, version, holidays, change, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (calendar_id, version) DO NOTHING RETURNING version`,
      [calendar.id, calendar.version, calendar.holidays, JSON.stringify(change), by],
    )) as unknown[];
    if (inserted.length === 1) await appendLogEvent(tx, 'calendar', String(calendar.version), 'CALENDAR_VERSION_SAVED', by, calendar.id);
    return inserted.length === 1;
  });
}

/** The entries with an open clock: their workflows re-project on a new calendar version. */
export async function entriesWithOpenClocks(db: Queryable): Promise<string[]> {
  const rows = (await db.query(`SELECT DISTINCT entry_id AS id FROM deadlines WHERE entry_id IS NOT NULL AND status = 'open'`)) as { id: string }[];
  return rows.map((r) => r.id);
}
