import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A break found by the scheduled re-verification of every chain. One row per break (record, kind
 * and position), so the administrators hear of it once; resolved when a later run finds the chain whole.
 */
@Entity({ name: 'chain_breaks' })
@Index('UQ_chain_breaks_open', ['subject', 'recordId', 'breakKind', 'brokenAt'], { unique: true, where: 'resolved_at IS NULL' })
export class ChainBreakEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ name: 'break_kind', type: 'text' })
  breakKind: string;

  @Column({ name: 'broken_at', type: 'int' })
  brokenAt: number;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'detected_at', type: 'timestamptz' })
  detectedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}

/** One run of the scheduled re-verification (or of anchoring): when, how many chains, how many broken. */
@Entity({ name: 'chain_checks' })
export class ChainCheckEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  kind: 'verify' | 'anchor';

  @Column({ name: 'checked_at', type: 'timestamptz' })
  checkedAt: Date;

  @Column({ type: 'int' })
  chains: number;

  @Column({ type: 'int' })
  broken: number;

  /** For an anchor: the file written and the digest signed. */
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
