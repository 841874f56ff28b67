import { CHAIN_STREAMS, type ChainStreamKind } from '../chain-streams';
import { verifyChain, type ChainVerification, type StoredChainEvent } from '../event-chain';
import { LOG_KINDS, RECORD_KINDS, verifyLogChain, verifyRecordChain, type LogKind, type LogKindName, type RecordKind, type RecordKindName } from '../record-chain';
import type { Queryable } from './queryable';

/** Every kind of record whose history is a chain: the workflows' logs, the records kept in record_events, and the audit log. */
export const CHAIN_SUBJECTS = [
  ...(Object.keys(CHAIN_STREAMS) as ChainStreamKind[]),
  ...(Object.keys(RECORD_KINDS) as RecordKindName[]),
  ...(Object.keys(LOG_KINDS) as LogKindName[]),
] as const;
export type ChainSubject = ChainStreamKind | RecordKindName | LogKindName;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubjectVerification extends ChainVerification {
  id: string;
  label: string;
}

/** One chain's head as it stands: what an anchor signs. */
export interface ChainHeadRow {
  subject: ChainSubject;
  id: string;
  sequence: number;
  hash: string;
}

const isStream = (subject: string): subject is ChainStreamKind => subject in CHAIN_STREAMS;
const isRecord = (subject: string): subject is RecordKindName => subject in RECORD_KINDS;
const isLog = (subject: string): subject is LogKindName => subject in LOG_KINDS;

/** Finds a record by id or by the name a person knows it by, and checks its chain against its head. */
export class ChainRepository {
  constructor(private readonly db: Queryable) {}

  async verify(subject: ChainSubject, ref: string): Promise<SubjectVerification | null> {
    const found = await this.find(subject, ref);
    if (!found) return null;
    return { ...found, ...(await this.verifyOne(subject, found.id)) };
  }

  /** The chain of one record, compared with its head (and, for records kept in record_events, with its row). */
  async verifyOne(subject: ChainSubject, id: string): Promise<ChainVerification> {
    if (isLog(subject)) return verifyLogChain(this.db, subject, id);
    if (isRecord(subject)) return verifyRecordChain(this.db, subject, id);
    return this.verifyStream(subject, id);
  }

  /** The chain of one workflow log, compared with the head on its record's row. */
  async verifyStream(subject: ChainStreamKind, id: string): Promise<ChainVerification> {
    const log = CHAIN_STREAMS[subject];
    const [head] = await this.db.query(`SELECT last_sequence AS "lastSequence", last_hash AS "lastHash" FROM ${log.head} WHERE id = $1`, [id]);
    const events: (StoredChainEvent & { occurredAt: Date | string })[] = await this.db.query(
      `SELECT ${log.streamColumn}::text AS "streamId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, prev_hash AS "prevHash", hash
         FROM ${log.events} WHERE ${log.streamColumn} = $1 ORDER BY sequence`,
      [id],
    );
    return verifyChain(
      events.map((e) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() })),
      head ?? null,
    );
  }

  private async find(subject: ChainSubject, ref: string): Promise<{ id: string; label: string } | null> {
    if (isLog(subject)) {
      const k: LogKind = LOG_KINDS[subject];
      const logId = k.group ? ref : subject;
      const [row] = await this.db.query(
        `SELECT $1::text AS id, ${k.label} AS label FROM ${k.table} WHERE ${k.group ? `${k.group} = $1` : '$1::text IS NOT NULL'}
         UNION ALL SELECT record_id, record_id FROM record_heads WHERE record_kind = $2 AND record_id = $1 LIMIT 1`,
        [logId, subject],
      );
      return row ?? (k.group ? null : { id: subject, label: subject });
    }
    if (isStream(subject)) {
      const log = CHAIN_STREAMS[subject];
      const [row] = await this.db.query(`SELECT id::text AS id, ${log.label} AS label FROM ${log.head} WHERE ${UUID.test(ref) ? 'id = $1' : `${log.label} = $1`}`, [ref]);
      return row ?? null;
    }
    const k: RecordKind = RECORD_KINDS[subject];
    const [row] = await this.db.query(
      `SELECT ${k.key} AS id, ${k.label} AS label FROM ${k.table} WHERE (${k.key} = $1 OR ${k.label} = $1)${k.where ? ` AND ${k.where}` : ''} LIMIT 1`,
      [ref],
    );
    if (row) return row;
    // A record whose row is gone still has its chain: that is the break to report.
    const [head] = await this.db.query(`SELECT record_id AS id FROM record_heads WHERE record_kind = $1 AND record_id = $2`, [subject, ref]);
    return head ? { id: head.id, label: head.id } : null;
  }

  /** Every chain there is, with its label: each record of every kind (and each chain whose record is gone), and the audit log. */
  async everyChain(): Promise<{ subject: ChainSubject; id: string; label: string }[]> {
    const all: { subject: ChainSubject; id: string; label: string }[] = [];
    for (const [subject, log] of Object.entries(CHAIN_STREAMS) as [ChainStreamKind, (typeof CHAIN_STREAMS)[ChainStreamKind]][]) {
      const rows: { id: string; label: string }[] = await this.db.query(`SELECT id::text AS id, ${log.label} AS label FROM ${log.head} ORDER BY id`);
      all.push(...rows.map((r) => ({ subject, ...r })));
    }
    for (const [subject, k] of Object.entries(RECORD_KINDS) as [RecordKindName, RecordKind][]) {
      const rows: { id: string; label: string }[] = await this.db.query(
        `SELECT ${k.key} AS id, ${k.label} AS label FROM ${k.table} WHERE ${k.where ?? 'true'}
         UNION SELECT h.record_id, h.record_id FROM record_heads h
          WHERE h.record_kind = $1 AND NOT EXISTS (SELECT 1 FROM ${k.table} WHERE ${k.key} = h.record_id${k.where ? ` AND ${k.where}` : ''})
         ORDER BY 1`,
        [subject],
      );
      all.push(...rows.map((r) => ({ subject, ...r })));
    }
    for (const [subject, k] of Object.entries(LOG_KINDS) as [LogKindName, LogKind][]) {
      if (!k.group) {
        all.push({ subject, id: subject, label: subject });
        continue;
      }
      const rows: { id: string; label: string }[] = await this.db.query(
        `SELECT DISTINCT ${k.group} AS id, ${k.label} AS label FROM ${k.table}
         UNION SELECT record_id, record_id FROM record_heads h WHERE record_kind = $1 AND NOT EXISTS (SELECT 1 FROM ${k.table} WHERE ${k.group} = h.record_id)
         ORDER BY 1`,
        [subject],
      );
      all.push(...rows.map((r) => ({ subject, ...r })));
    }
    return all;
  }

  /** Every chain's head as stored now, in a fixed order: what an anchor signs and what it is checked against. */
  async heads(): Promise<ChainHeadRow[]> {
    const heads: ChainHeadRow[] = [];
    for (const [subject, log] of Object.entries(CHAIN_STREAMS) as [ChainStreamKind, (typeof CHAIN_STREAMS)[ChainStreamKind]][]) {
      const rows: { id: string; sequence: number; hash: string }[] = await this.db.query(
        `SELECT id::text AS id, last_sequence AS sequence, last_hash AS hash FROM ${log.head} ORDER BY id`,
      );
      heads.push(...rows.map((r) => ({ subject, ...r })));
    }
    const records: { subject: ChainSubject; id: string; sequence: number; hash: string }[] = await this.db.query(
      `SELECT record_kind AS subject, record_id AS id, last_sequence AS sequence, last_hash AS hash FROM record_heads ORDER BY record_kind, record_id`,
    );
    return [...heads, ...records];
  }
}
