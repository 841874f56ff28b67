import type { Queryable } from './queryable';

/** A key as first claimed: the operation and request it is bound to, and the resource it names. */
export interface ClaimedKey {
  operation: string;
  requestHash: string;
  resourceId: string;
}

/** Clients' Idempotency-Keys, each bound to the first request it came with. */
export class IdempotencyKeyRepository {
  constructor(private readonly db: Queryable) {}

  /** Claims the key for this request unless it was claimed before; returns what the key is bound to either way. */
  async claim(userId: string, key: string, wanted: ClaimedKey): Promise<ClaimedKey> {
    await this.db.query(
      `INSERT INTO idempotency_keys (user_id, key, operation, request_hash, resource_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (user_id, key) DO NOTHING`,
      [userId, key, wanted.operation, wanted.requestHash, wanted.resourceId],
    );
    const [row] = await this.db.query(
      `SELECT operation, request_hash AS "requestHash", resource_id AS "resourceId" FROM idempotency_keys WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return row;
  }
}
