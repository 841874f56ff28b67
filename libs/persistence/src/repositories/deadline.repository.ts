import type { Queryable } from './queryable';

/** One clock as the workflow projects it (instants as ISO text). */
export interface DeadlineWrite {
  key: string;
  kind: string;
  title: string;
  owedBy: string;
  legalBasis: string;
  startedAt: string;
  dueAt: string | null;
  atRiskAt: string | null;
  status: string;
  paused: boolean;
  metAt: string | null;
  escalationLevel: number;
  nextStepAt: string | null;
  explanation: Record<string, unknown>;
}

/** Whose clock it is: a case's or an entry's, with its facility and who must act or watch. */
export interface DeadlineSubject {
  caseId?: string;
  entryId?: string;
  facilityId: string | null;
  assigneeId: string | null;
}

/** The deadlines read model, written by the worker in the same transaction as the event it follows. */
export class DeadlineRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * Inserts or updates one clock, keyed `<case or entry id>:<key>`. Everything the workflow may
   * move is updated; what names the clock (subject, kind, title, basis, facility) is written once.
   */
  async upsert(subject: DeadlineSubject, d: DeadlineWrite): Promise<void> {
    const subjectId = subject.caseId ?? subject.entryId;
    if (!subjectId) throw new RangeError('A clock belongs to a case or an entry');
    await this.db.query(
      `INSERT INTO deadlines (id, case_id, entry_id, key, kind, title, owed_by, legal_basis, facility_id, assignee_id, started_at, due_at,
                              at_risk_at, status, paused, met_at, escalation_level, next_step_at, explanation, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, now())
       ON CONFLICT (id) DO UPDATE SET assignee_id = $10, started_at = $11, due_at = $12, at_risk_at = $13, status = $14, paused = $15,
         met_at = $16, escalation_level = $17, next_step_at = $18, explanation = $19, updated_at = now()`,
      [`${subjectId}:${d.key}`, subject.caseId ?? null, subject.entryId ?? null, d.key, d.kind, d.title, d.owedBy, d.legalBasis, subject.facilityId,
       subject.assigneeId, d.startedAt, d.dueAt, d.atRiskAt, d.status, d.paused, d.metAt, d.escalationLevel, d.nextStepAt, JSON.stringify(d.explanation)],
    );
  }
}
