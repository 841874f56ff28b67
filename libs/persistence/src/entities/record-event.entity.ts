import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { StreamEventColumns } from './stream-event.columns';

/**
 * Append-only, hash-chained history of the records no workflow drives (people and their roles,
 * settings and calendar versions, product categories, reviews and sign-offs, approvals outside
 * cases, the audit log): one chain per record, keyed by its kind and id, written in the same
 * transaction as the change it records.
 */
@Entity({ name: 'record_events' })
@Index('IDX_record_events_chain', ['recordKind', 'recordId', 'sequence'], { unique: true })
export class RecordEventEntity extends StreamEventColumns {
  @PrimaryColumn({ name: 'record_kind', type: 'text' })
  recordKind: string;

  @PrimaryColumn({ name: 'record_id', type: 'text' })
  recordId: string;
}

/** The head of one record's chain in record_events: its last sequence and hash. */
@Entity({ name: 'record_heads' })
export class RecordHeadEntity {
  @PrimaryColumn({ name: 'record_kind', type: 'text' })
  recordKind: string;

  @PrimaryColumn({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ name: 'last_sequence', type: 'int', default: 0 })
  lastSequence: number;

  @Column({ name: 'last_hash', type: 'text', default: '0000000000000000000000000000000000000000000000000000000000000000' })
  lastHash: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
