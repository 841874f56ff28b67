import type { DeadlineKind, DeadlineRule, ReviewThresholds } from '@mou/domain';
import { appendLogEvent, inTransaction } from '../record-chain';
import type { Queryable } from './queryable';

/** The rules as settings: complete clock rules by kind and the review thresholds (docs/domain.md §4). */
export interface RuleSettings {
  rules: Record<DeadlineKind, DeadlineRule>;
  reviewThresholds: ReviewThresholds;
}

export interface SettingsVersionRecord extends RuleSettings {
  version: number;
  note: string;
  createdBy: { id: string; name: string | null } | null;
  createdAt: Date | null;
}

type Row = { version: number; rules: Record<DeadlineKind, DeadlineRule>; reviewThresholds: ReviewThresholds; note: string; createdBy: string | null; createdByName: string | null; createdAt: Date };

const SELECT = `SELECT s.version, s.rules, s.review_thresholds AS "reviewThresholds", s.note, s.created_by AS "createdBy",
                       u.display_name AS "createdByName", s.created_at AS "createdAt"
                  FROM settings_versions s LEFT JOIN users u ON u.id = s.created_by`;

const record = (r: Row): SettingsVersionRecord => ({
  version: r.version,
  rules: r.rules,
  reviewThresholds: r.reviewThresholds,
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
      `INSERT INTO settings_versions (version, rules, review_thresholds, note, created_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (version) DO NOTHING RETURNING version`,
      [version, JSON.stringify(settings.rules), JSON.stringify(settings.reviewThresholds), note, by],
    )) as unknown[];
    if (inserted.length === 1) await appendLogEvent(tx, 'settings', String(version), 'SETTINGS_VERSION_SAVED', by);
    return inserted.length === 1;
  });
}
