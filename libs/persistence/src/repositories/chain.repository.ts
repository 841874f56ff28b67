import { CHAIN_STREAMS, type ChainStreamKind } from '../chain-streams';
import { verifyChain, type ChainVerification, type StoredChainEvent } from '../event-chain';
import type { Queryable } from './queryable';

export const CHAIN_SUBJECTS = Object.keys(CHAIN_STREAMS) as ChainStreamKind[];
export type ChainSubject = ChainStreamKind;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface SubjectVerification extends ChainVerification {
  id: string;
  label: string;
}

/** Finds a record by id or by its reference (a facility by its exact name) and checks its log's chain against its head. */
export class ChainRepository {
  constructor(private readonly db: Queryable) {}

  async verify(subject: ChainSubject, ref: string): Promise<SubjectVerification | null> {
    const log = CHAIN_STREAMS[subject];
    const byId = UUID.test(ref);
    const [record] = await this.db.query(`SELECT id, ${log.label} AS label FROM ${log.head} WHERE ${byId ? 'id = $1' : `${log.label} = $1`}`, [ref]);
    if (!record) return null;
    return { id: record.id, label: record.label, ...(await this.verifyStream(subject, record.id)) };
  }

  /** The chain of one record's log, compared with the head on its row. */
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
}
