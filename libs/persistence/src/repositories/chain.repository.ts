import { verifyChain, type ChainVerification } from '../event-chain';
import type { Queryable } from './queryable';

export const CHAIN_SUBJECTS = ['case', 'facility', 'entry'] as const;
export type ChainSubject = (typeof CHAIN_SUBJECTS)[number];

/** Each hash-chained log: its record table, the record's label, and its event table. */
const LOGS: Record<ChainSubject, { table: string; label: string; events: string; key: string }> = {
  case: { table: 'cases', label: 'reference', events: 'case_events', key: 'case_id' },
  facility: { table: 'facilities', label: 'name', events: 'facility_events', key: 'facility_id' },
  entry: { table: 'entries', label: 'reference', events: 'entry_events', key: 'entry_id' },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Finds a case, facility or entry by id or by its reference (a facility by its exact name) and checks its log's chain. */
export class ChainRepository {
  constructor(private readonly db: Queryable) {}

  async verify(subject: ChainSubject, ref: string): Promise<({ id: string; label: string } & ChainVerification) | null> {
    const log = LOGS[subject];
    const byId = UUID.test(ref);
    const [record] = await this.db.query(`SELECT id, ${log.label} AS label FROM ${log.table} WHERE ${byId ? 'id = $1' : `${log.label} = $1`}`, [ref]);
    if (!record) return null;
    const events = await this.db.query(
      `SELECT ${log.key} AS "streamId", sequence, type, actor_id AS "actorId", occurred_at AS "occurredAt", payload, prev_hash AS "prevHash", hash
         FROM ${log.events} WHERE ${log.key} = $1 ORDER BY sequence`,
      [record.id],
    );
    const verification = verifyChain(events.map((e: { occurredAt: Date }) => ({ ...e, occurredAt: new Date(e.occurredAt).toISOString() })));
    return { id: record.id, label: record.label, ...verification };
  }
}
