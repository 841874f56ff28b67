import { createHash } from 'node:crypto';
import { canonicalJson, eventHash, GENESIS_HASH, verifyChain, type ChainVerification, type StoredChainEvent } from './event-chain';
import type { ChainStream } from './chain-streams';
import type { Queryable } from './repositories/queryable';

/**
 * The records no workflow drives, each kept with an append-only chain in record_events: the table,
 * the SQL expression that is the record's id in the chain, the column a person knows it by, and
 * which rows are chained. Each event carries the digest of the record's row as it stood after the
 * change, so a row edited outside the system no longer matches its last event.
 */
export interface RecordKind {
  table: string;
  key: string;
  label: string;
  where?: string;
}

export const RECORD_KINDS = {
  user: { table: 'users', key: 'id::text', label: 'email' },
  'product-category': { table: 'product_categories', key: 'code', label: 'code' },
  review: { table: 'reviews', key: 'id', label: "'review ' || id" },
  approval: { table: 'approvals', key: 'id::text', label: "kind || ' ' || id", where: "kind = 'UNBLOCK_FACILITY'" },
  organisation: { table: 'organisations', key: 'id::text', label: 'name' },
  'bilateral-meeting': { table: 'bilateral_meetings', key: 'id::text', label: "'meeting ' || to_char(held_on, 'YYYY-MM-DD')" },
} as const satisfies Record<string, RecordKind>;

export type RecordKindName = keyof typeof RECORD_KINDS;

/**
 * Append-only tables kept as logs: each row, once written, is one event of its log's chain, in
 * the order written. `group` names the log a row belongs to (a calendar), or the log is one
 * (named after its kind); `row` is the row's key within it.
 */
export interface LogKind {
  table: string;
  row: string;
  group: string | null;
  label: string;
}

export const LOG_KINDS = {
  'audit-log': { table: 'audit_events', row: 'id::text', group: null, label: "'The audit log'" },
  settings: { table: 'settings_versions', row: 'version::text', group: null, label: "'The rules as settings'" },
  calendar: { table: 'holiday_calendar_versions', row: 'version::text', group: 'calendar_id', label: "'Holiday calendar ' || calendar_id" },
} as const satisfies Record<string, LogKind>;

export type LogKindName = keyof typeof LOG_KINDS;

/** The logs that are one for the whole programme (no record to name). */
export const SINGLE_LOGS: string[] = Object.entries(LOG_KINDS as Record<string, LogKind>)
  .filter(([, k]) => !k.group)
  .map(([name]) => name);

/** The audit log is one chain: one event per audit row, in the order they were written. */
export const AUDIT_LOG = 'audit-log';

/** A row's content as one digest: dates as instants, binary content as its own digest. */
export function rowDigest(row: Record<string, unknown>): string {
  const normal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    normal[key] = Buffer.isBuffer(value) ? { sha256: createHash('sha256').update(value).digest('hex') } : value;
  }
  return createHash('sha256').update(canonicalJson(normal)).digest('hex');
}

async function recordRow(db: Queryable, kind: RecordKindName, id: string): Promise<Record<string, unknown> | null> {
  const k: RecordKind = RECORD_KINDS[kind];
  const [row] = await db.query(`SELECT * FROM ${k.table} WHERE ${k.key} = $1${k.where ? ` AND ${k.where}` : ''}`, [id]);
  return row ?? null;
}

interface ChainAppend {
  type: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  occurredAt?: Date;
}

/** Appends to one record's chain under a lock on its head (created on the first event). Call inside the change's transaction. */
async function appendToRecordChain(db: Queryable, recordKind: string, recordId: string, event: ChainAppend): Promise<string> {
  await db.query(`INSERT INTO record_heads (record_kind, record_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [recordKind, recordId]);
  const [head] = await db.query(
    `SELECT last_sequence AS "lastSequence", last_hash AS "lastHash" FROM record_heads WHERE record_kind = $1 AND record_id = $2 FOR UPDATE`,
    [recordKind, recordId],
  );
  const sequence = head.lastSequence + 1;
  const occurredAt = (event.occurredAt ?? new Date()).toISOString();
  const actorId = event.actorId ?? 'system';
  const hash = eventHash(head.lastHash, { streamId: `${recordKind}:${recordId}`, sequence, type: event.type, actorId, occurredAt, payload: event.payload });
  await db.query(
    `INSERT INTO record_events (record_kind, record_id, sequence, type, actor_id, payload, occurred_at, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [recordKind, recordId, sequence, event.type, actorId, JSON.stringify(event.payload), occurredAt, head.lastHash, hash],
  );
  await db.query(`UPDATE record_heads SET last_sequence = $3, last_hash = $4, updated_at = now() WHERE record_kind = $1 AND record_id = $2`, [
    recordKind,
    recordId,
    sequence,
    hash,
  ]);
  return hash;
}

/**
 * Records a change to a record in its chain, with the digest of its row as it now stands. Call in
 * the same transaction as the change, after it, so nothing changes without its event.
 */
export async function appendRecordEvent(
  db: Queryable,
  kind: RecordKindName,
  id: string,
  type: string,
  actorId: string | null,
  details: Record<string, unknown> = {},
): Promise<string> {
  const row = await recordRow(db, kind, id);
  return appendToRecordChain(db, kind, id, { type, actorId, payload: { ...details, state: row ? rowDigest(row) : null } });
}

/** Chains one row of an append-only table into its log (by the row's key); call in the transaction that inserted it. */
export async function appendLogEvent(
  db: Queryable,
  kind: LogKindName,
  rowId: string,
  type: string,
  actorId: string | null,
  logId: string = kind,
): Promise<string> {
  const k: LogKind = LOG_KINDS[kind];
  const [row] = await db.query(`SELECT * FROM ${k.table} WHERE ${k.row} = $1${k.group ? ` AND ${k.group} = $2` : ''}`, k.group ? [rowId, logId] : [rowId]);
  return appendToRecordChain(db, kind, logId, { type, actorId, payload: { rowId, state: rowDigest(row) } });
}

/** Chains one audit row into the audit log's chain. */
export const appendAuditChain = (db: Queryable, auditId: string): Promise<string> => appendLogEvent(db, 'audit-log', auditId, 'AUDITED', null);

/**
 * Appends the first event of a workflow's log written outside a workflow (a facility's creation):
 * sequence 1 on the head row, in the transaction that created the record.
 */
export async function appendFirstStreamEvent(
  db: Queryable,
  stream: ChainStream,
  id: string,
  event: { type: string; actorId: string; payload: Record<string, unknown> },
): Promise<string> {
  const occurredAt = new Date().toISOString();
  const hash = eventHash(GENESIS_HASH, { streamId: id, sequence: 1, type: event.type, actorId: event.actorId, occurredAt, payload: event.payload });
  await db.query(
    `INSERT INTO ${stream.events} (${stream.streamColumn}, sequence, type, actor_id, payload, occurred_at, prev_hash, hash) VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
    [id, event.type, event.actorId, JSON.stringify(event.payload), occurredAt, GENESIS_HASH, hash],
  );
  await db.query(`UPDATE ${stream.head} SET last_sequence = 1, last_hash = $2 WHERE id = $1 AND last_sequence = 0`, [id, hash]);
  return hash;
}

async function recordChain(db: Queryable, recordKind: string, recordId: string) {
  const [head] = await db.query(
    `SELECT last_sequence AS "lastSequence", last_hash AS "lastHash" FROM record_heads WHERE record_kind = $1 AND record_id = $2`,
    [recordKind, recordId],
  );
  const events: (StoredChainEvent & { occurredAt: Date })[] = await db.query(
    `SELECT record_kind || ':' || record_id AS "streamId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, prev_hash AS "prevHash", hash
       FROM record_events WHERE record_kind = $1 AND record_id = $2 ORDER BY sequence`,
    [recordKind, recordId],
  );
  const stored = events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() }));
  return { stored, verification: verifyChain(stored, head ?? null) };
}

/** One record's chain, its head, and its row against the digest in its last event. */
export async function verifyRecordChain(db: Queryable, kind: RecordKindName, id: string): Promise<ChainVerification> {
  const { stored, verification } = await recordChain(db, kind, id);
  if (!verification.valid) return verification;
  const row = await recordRow(db, kind, id);
  const last = stored[stored.length - 1];
  const expected = last ? (last.payload as { state?: string | null }).state : undefined;
  if (!row) return { ...verification, valid: false, brokenAt: stored.length, breakKind: 'missing', reason: 'the record itself is gone' };
  if (expected !== rowDigest(row)) {
    return { ...verification, valid: false, brokenAt: stored.length, breakKind: 'edited', reason: 'the record was changed without an event in its chain' };
  }
  return verification;
}

/** A log's chain, its head, and every row of its table against the event that chained it: a row gone, changed or never chained is a break. */
export async function verifyLogChain(db: Queryable, kind: LogKindName, logId: string): Promise<ChainVerification> {
  const k: LogKind = LOG_KINDS[kind];
  const { stored, verification } = await recordChain(db, kind, logId);
  if (!verification.valid) return verification;
  const rows: Record<string, unknown>[] = await db.query(
    `SELECT *, ${k.row} AS "__row" FROM ${k.table} ${k.group ? `WHERE ${k.group} = $1` : 'WHERE $1::text IS NOT NULL'}`,
    [logId],
  );
  const byId = new Map(rows.map(({ __row, ...content }) => [String(__row), content]));
  for (const event of stored) {
    const { rowId, state } = event.payload as { rowId: string; state: string };
    const row = byId.get(rowId);
    if (!row) return { ...verification, valid: false, brokenAt: event.sequence, breakKind: 'missing', reason: `row ${rowId} of ${k.table} is gone` };
    if (rowDigest(row) !== state) return { ...verification, valid: false, brokenAt: event.sequence, breakKind: 'edited', reason: `row ${rowId} of ${k.table} was changed` };
    byId.delete(rowId);
  }
  if (byId.size > 0) {
    return { ...verification, valid: false, brokenAt: stored.length, breakKind: 'head-mismatch', reason: `${byId.size} row(s) of ${k.table} were written outside the chain` };
  }
  return verification;
}

/**
 * Gives every record that has no chain yet its first event (RECORDED, with its row's digest), and
 * every row of an append-only table its event in its log: run once, when the chains are introduced.
 */
export async function chainExistingRecords(db: Queryable): Promise<void> {
  await chainUnchainedRecords(db, Object.keys(RECORD_KINDS) as RecordKindName[]);
  for (const [kind, k] of Object.entries(LOG_KINDS) as [LogKindName, LogKind][]) {
    const rows: { id: string; log: string }[] = await db.query(
      `SELECT ${k.row} AS id, ${k.group ?? `'${kind}'`} AS log FROM ${k.table} ORDER BY 2, ${k.row.replace('::text', '')}`,
    );
    for (const { id, log } of rows) await appendLogEvent(db, kind, id, 'RECORDED', null, log);
  }
}

/** Starts the chain of every record of these kinds that has none yet, with the digest of its row. */
export async function chainUnchainedRecords(db: Queryable, kinds: RecordKindName[]): Promise<void> {
  for (const kind of kinds) {
    const k: RecordKind = RECORD_KINDS[kind];
    const ids: { id: string }[] = await db.query(
      `SELECT ${k.key} AS id FROM ${k.table} t WHERE ${k.where ?? 'true'}
         AND NOT EXISTS (SELECT 1 FROM record_heads h WHERE h.record_kind = $1 AND h.record_id = ${k.key}) ORDER BY 1`,
      [kind],
    );
    for (const { id } of ids) await appendRecordEvent(db, kind, id, 'RECORDED', null);
  }
}

/** Runs `fn` in a transaction when `db` can open one (a DataSource, or an EntityManager: a savepoint), else on `db` as it is. */
export async function inTransaction<T>(db: Queryable, fn: (q: Queryable) => Promise<T>): Promise<T> {
  const opener = db as { transaction?: (run: (q: Queryable) => Promise<T>) => Promise<T> };
  return typeof opener.transaction === 'function' ? opener.transaction(fn) : fn(db);
}
