import { ApplicationFailure } from '@temporalio/common';
import { EntityManager } from 'typeorm';
import { CHAIN_STREAMS, eventHash, type ChainStream } from '@mou/persistence';

/** Where one kind of hash-chained log lives: its events table and the row holding its head (registered in CHAIN_STREAMS). */
export type EventStream = ChainStream;

export const CASE_STREAM: EventStream = CHAIN_STREAMS.case;
export const ENTRY_STREAM: EventStream = CHAIN_STREAMS.entry;
export const FACILITY_STREAM: EventStream = CHAIN_STREAMS.facility;
export const ORDER_STREAM: EventStream = CHAIN_STREAMS.order;

export interface StreamEventInput {
  streamId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export interface StreamAppend {
  /** False when this sequence was already stored (a retry): the caller must not project again. */
  appended: boolean;
  hash: string;
}

/**
 * Appends one event under a lock on the stream's head row, so concurrent writers serialise and
 * a retried activity finds its event already there (idempotent on stream and sequence). The head
 * row must exist. Call inside a transaction together with the read-model writes.
 */
export async function appendToStream(em: EntityManager, stream: EventStream, input: StreamEventInput): Promise<StreamAppend> {
  const [head] = (await em.query(
    `SELECT last_sequence AS "lastSequence", last_hash AS "lastHash" FROM ${stream.head} WHERE id = $1 FOR UPDATE`,
    [input.streamId],
  )) as { lastSequence: number; lastHash: string }[];
  if (!head) throw ApplicationFailure.nonRetryable(`No ${stream.head} row ${input.streamId} to append to`, 'StreamMissing');
  if (input.sequence <= head.lastSequence) {
    const [stored] = (await em.query(`SELECT hash FROM ${stream.events} WHERE ${stream.streamColumn} = $1 AND sequence = $2`, [
      input.streamId,
      input.sequence,
    ])) as { hash: string }[];
    return { appended: false, hash: stored.hash };
  }
  if (input.sequence !== head.lastSequence + 1) {
    throw ApplicationFailure.nonRetryable(
      `Event ${input.sequence} of ${input.streamId} would leave a gap after ${head.lastSequence}`,
      'EventSequenceGap',
    );
  }
  const { streamId, sequence, type, actorId, occurredAt, payload } = input;
  const hash = eventHash(head.lastHash, { streamId, sequence, type, actorId, occurredAt, payload });
  await em.query(
    `INSERT INTO ${stream.events} (${stream.streamColumn}, sequence, type, actor_id, payload, occurred_at, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [input.streamId, input.sequence, input.type, input.actorId, JSON.stringify(input.payload), input.occurredAt, head.lastHash, hash],
  );
  await em.query(`UPDATE ${stream.head} SET last_sequence = $2, last_hash = $3, updated_at = now() WHERE id = $1`, [input.streamId, input.sequence, hash]);
  return { appended: true, hash };
}
