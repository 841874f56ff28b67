import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A client's Idempotency-Key, bound to the request it first came with. */
@Entity({ name: 'idempotency_keys' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  /** Which operation the key was used for, e.g. `POST /cases`. */
  @Column({ type: 'text' })
  operation: string;

  /** SHA-256 of the canonical request body; a reuse with another body is refused. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
