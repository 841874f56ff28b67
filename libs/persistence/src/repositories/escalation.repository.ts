import type { Queryable } from './queryable';

/** Fired escalation steps, with their case, facility and clock. */
export class EscalationRepository {
  constructor(private readonly db: Queryable) {}

  /** Highest level first, then oldest; only those nobody acknowledged when `onlyOpen`. */
  list(onlyOpen: boolean): Promise<Record<string, unknown>[]> {
    return this.db.query(
      `SELECT e.id, e.case_id AS "caseId", c.reference AS "caseReference", f.name AS "facilityName", e.level, e.type, e.description,
              e.occurred_at AS "occurredAt", e.acknowledged_by AS "acknowledgedBy", e.acknowledged_at AS "acknowledgedAt",
              d.key AS "deadlineKey", d.legal_basis AS "legalBasis", c.assignee_id AS "assigneeId"
         FROM escalations e JOIN cases c ON c.id = e.case_id JOIN facilities f ON f.id = c.facility_id
         JOIN deadlines d ON d.id = e.deadline_id
        ${onlyOpen ? 'WHERE e.acknowledged_at IS NULL' : ''}
        ORDER BY e.level DESC, e.occurred_at`,
    );
  }

  /** The case an escalation belongs to; null if there is no such escalation. */
  async caseOf(id: string): Promise<string | null> {
    const [row] = await this.db.query('SELECT case_id AS "caseId" FROM escalations WHERE id = $1', [id]);
    return row?.caseId ?? null;
  }
}
