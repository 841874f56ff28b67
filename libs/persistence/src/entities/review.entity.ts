import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The one-year review of a programme year (docs/domain.md §7): its interim summaries, decision and report. */
@Entity({ name: 'reviews' })
export class ReviewEntity {
  /** `mou-review-<period start>`, also the workflow id. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** RUNNING | AWAITING_SIGN_OFF | SIGNED_OFF */
  @Column({ type: 'text' })
  status: string;

  /** Quarterly interim summaries, oldest first. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  interim: Record<string, unknown>[];

  @Column({ type: 'text', nullable: true })
  recommendation: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags: string[];

  /** The decision with its reasons, thresholds, amendments and rule version. */
  @Column({ type: 'jsonb', nullable: true })
  decision: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  metrics: Record<string, unknown> | null;

  @Column({ name: 'report_md', type: 'text', nullable: true })
  reportMd: string | null;

  @Column({ name: 'report_html', type: 'text', nullable: true })
  reportHtml: string | null;

  @Column({ name: 'report_pdf', type: 'bytea', nullable: true })
  reportPdf: Buffer | null;

  /** Every request and US report the decision counted, one row each (the report's appendix lists the first ones). */
  @Column({ name: 'report_facts_csv', type: 'text', nullable: true })
  reportFactsCsv: string | null;

  @Column({ name: 'signed_off_by', type: 'uuid', nullable: true })
  signedOffBy: string | null;

  @Column({ name: 'signed_off_at', type: 'timestamptz', nullable: true })
  signedOffAt: Date | null;

  @Column({ name: 'sign_off_note', type: 'text', nullable: true })
  signOffNote: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
