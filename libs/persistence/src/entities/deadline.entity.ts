import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Read model of one clock (a case's SOC deadline, later an entry's detention clock). The board
 * answers from this table: the state is derived in SQL from due_at / at_risk_at and the time now.
 */
@Entity({ name: 'deadlines' })
@Index('IDX_deadlines_open_due', ['status', 'dueAt'])
@Index('IDX_deadlines_open_at_risk', ['status', 'atRiskAt'])
// The board's two range counts over running clocks (overdue, at risk), read from the index alone.
@Index('IDX_deadlines_running_due', ['dueAt'], { where: `"status" = 'open' AND NOT "paused"` })
@Index('IDX_deadlines_running_at_risk', ['atRiskAt', 'dueAt'], { where: `"status" = 'open' AND NOT "paused"` })
// The board's page, read in (due_at, id) order from the index alone with every column its filters test
// in it (state, kind, subject, facility, assignee): clocks with a due instant, those without, and
// paused clocks (a few, whatever their due instant).
@Index('IDX_deadlines_board_due', ['status', 'dueAt', 'id', 'paused', 'atRiskAt', 'kind', 'facilityId', 'assigneeId', 'caseId'], { where: `"due_at" IS NOT NULL` })
@Index('IDX_deadlines_board_undue', ['status', 'id', 'paused', 'atRiskAt', 'kind', 'facilityId', 'assigneeId', 'caseId'], { where: `"due_at" IS NULL` })
@Index('IDX_deadlines_board_paused', ['dueAt', 'id', 'status'], { where: `"paused"` })
@Index('IDX_deadlines_case', ['caseId'])
@Index('IDX_deadlines_entry', ['entryId'])
export class DeadlineEntity {
  /** `<case or entry id>:<deadline key>`, e.g. `…:PRC_VISIT-1`. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** The case whose clock this is; null for an entry's clock. */
  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** The import entry whose clock this is; null for a case's clock. */
  @Column({ name: 'entry_id', type: 'uuid', nullable: true })
  entryId: string | null;

  /** Key within the case, stable across replays: `<kind>-<cycle>`. */
  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owed_by', type: 'text' })
  owedBy: string;

  @Column({ name: 'legal_basis', type: 'text' })
  legalBasis: string;

  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId: string | null;

  /** Who must act or watch: the case's investigator, or the importer of an entry. */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  /** Null while the clock is paused. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** From this instant the deadline counts as at risk (the reminder step). */
  @Column({ name: 'at_risk_at', type: 'timestamptz', nullable: true })
  atRiskAt: Date | null;

  /** open | met | missed | cancelled. `missed` = closed after the due date; `overdue` is open past due. */
  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'boolean', default: false })
  paused: boolean;

  @Column({ name: 'met_at', type: 'timestamptz', nullable: true })
  metAt: Date | null;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ name: 'next_step_at', type: 'timestamptz', nullable: true })
  nextStepAt: Date | null;

  /** Why the due date is what it is: basis, start, budget, calendar version, pauses, extensions. */
  @Column({ type: 'jsonb' })
  explanation: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
