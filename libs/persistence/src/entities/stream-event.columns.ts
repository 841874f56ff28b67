import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';

/**
 * The columns every hash-chained event log shares (entries, facilities): sequence within the
 * stream, what happened, who, when, and the link to the previous event.
 */
export abstract class StreamEventColumns {
  @PrimaryColumn({ type: 'int' })
  sequence: number;

  @Column({ type: 'text' })
  type: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
