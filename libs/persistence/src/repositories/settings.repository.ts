import { DEFAULT_REVIEW_SCHEDULE, type DeadlineKind, type DeadlineRule, type ReviewSchedule, type ReviewThresholds } from '@mou/domain';
import { appendLogEvent, inTransaction } from '../record-chain';
import type { Queryable } from './queryable';

/**
 * The rules as settings: complete clock rules by kind (ladders with who each step tells and how often
 * it reminds), the review thresholds and the review's schedule (docs/domain.md §4, §5, §7).
 */
export interface RuleSettings {
  rules: Record<DeadlineKind, DeadlineRule>;
  reviewThresholds: ReviewThresholds;
  reviewSchedule: ReviewSchedule;
}

export interface SettingsVersionRecord extends RuleSettings {
  version: number;
  note: string;
  createdBy: { id: string; name: string | null } | null;
  createdAt: Date | null;
}

type Row = { version: number; rules: Record<DeadlineKind, DeadlineRule>; reviewThresholds: ReviewThresholds; reviewSchedule: Partial<ReviewSchedule>; note: string; createdBy: string | null; createdByName: string | null; createdAt: Date };

const SELECT = `SELECT s.version, s.rules, s.review_thresholds AS "reviewThresholds", s.review_schedule AS "reviewSchedule", s.note, s.created_by AS "createdBy",
                       u.display_name AS "createdByName", s.created_at AS "createdAt"
                  FROM settings_versions s LEFT JOIN users u ON u.id = s.created_by`;

const record = (r: Row): SettingsVersionRecord => ({
  version: r.version,
  rules: r.rules,
  reviewThresholds: r.reviewThresholds,
  // Versions made before the schedule was kept have the default one.
  reviewSchedule: { ...DEFAULT_REVIEW_SCHEDULE, ...r.reviewSchedule },
  note: r.note,
  createdBy: r.createdBy ? { id: r.createdBy, name: r.createdByName } : null,
  createdAt: r.createdAt,
});

/** Version 1 when nothing is stored: the sourced defaults (with the deployment's override), made by nobody. */
const first = (base: RuleSettings): SettingsVersionRecord => ({ version: 1, ...base, note: 'The sourced defaults', createdBy: null, createdAt: null });

/** The settings version in force (the newest); `base` is version 1 while nothing is stored. */
export async function currentSettings(db: Queryable, base: RuleSettings): Promise<SettingsVersionRecord> {
  const [row] = (await db.query(`${SELECT} ORDER BY s.version DESC LIMIT 1`)) as Row[];
  return row ? record(row) : first(base);
}

/** Every settings version, newest first, ending with version 1. */
export async function settingsVersions(db: Queryable, base: RuleSettings): Promise<SettingsVersionRecord[]> {
  const rows = ((await db.query(`${SELECT} ORDER BY s.version DESC`)) as Row[]).map(record);
  return rows.some((r) => r.version === 1) ? rows : [...rows, first(base)];
}

/**
 * Stores a new version; false when another administrator stored that version first (the primary
 * key refuses the second), so the caller answers 409 and changes nothing.
 */
export async function insertSettingsVersion(db: Queryable, version: number, settings: RuleSettings, note: string, by: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const inserted = (await tx.query(
      `INSERT INTO settings_versions (version, rules, review_thresholds, review_schedule, note, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (version) DO NOTHING RETURNING version`,
      [version, JSON.stringify(settings.rules), JSON.stringify(settings.reviewThresholds), JSON.stringify(settings.reviewSchedule), note, by],
    )) as unknown[];
    if (inserted.length === 1) await appendLogEvent(tx, 'settings', String(version), 'SETTINGS_VERSION_SAVED', by);
    return inserted.length === 1;
  });
}

/**
 * The settings version each case runs on: the last SETTINGS_APPLIED event's, else the one it was
 * opened on (null for cases opened before settings had versions).
 */
const CASE_SETTINGS_VERSION = `(SELECT COALESCE((e.payload->'settings'->>'to')::int, (e.payload->>'rulesVersion')::int)
                                  FROM case_events e
                                 WHERE e.case_id = c.id AND e.type IN ('CASE_OPENED', 'SETTINGS_APPLIED')
                                 ORDER BY e.sequence DESC LIMIT 1)`;

/** The open cases on a settings version older than `version` (or on none), oldest first: what applying `version` touches. */
export async function openCasesBeforeSettings(db: Queryable, version: number): Promise<{ id: string; version: number | null }[]> {
  return (await db.query(
    `SELECT id, version FROM (
       SELECT c.id, c.opened_at, ${CASE_SETTINGS_VERSION} AS version FROM cases c WHERE c.stage NOT IN ('CLOSED', 'WITHDRAWN')
     ) open_cases
     WHERE version IS NULL OR version < $1
     ORDER BY opened_at, id`,
    [version],
  )) as { id: string; version: number | null }[];
}

/** The settings version the case runs on; null when it opened before settings had versions. */
export async function caseSettingsVersion(db: Queryable, caseId: string): Promise<number | null> {
  const [row] = (await db.query(`SELECT ${CASE_SETTINGS_VERSION} AS version FROM cases c WHERE c.id = $1`, [caseId])) as { version: number | null }[];
  return row?.version ?? null;
}
