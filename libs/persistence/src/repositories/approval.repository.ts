import type { Queryable } from './queryable';

/** Four-eyes approvals, on cases and on facilities. */
export class ApprovalRepository {
  constructor(private readonly db: Queryable) {}

  /** Approvals in `status`, oldest request first, with their case and facility. */
  list(status: string): Promise<Record<string, unknown>[]> {
    return this.db.query(
      `SELECT a.id, a.case_id AS "caseId", c.reference AS "caseReference", f.id AS "facilityId", f.name AS "facilityName", a.kind, a.status,
              a.reason, a.requested_by AS "requestedBy", a.requested_at AS "requestedAt", a.decided_by AS "decidedBy", a.decided_at AS "decidedAt",
              a.decision_reason AS "decisionReason", c.assignee_id AS "caseAssigneeId", a.order_id AS "orderId"
         FROM approvals a LEFT JOIN cases c ON c.id = a.case_id JOIN facilities f ON f.id = COALESCE(a.facility_id, c.facility_id)
        WHERE a.status = $1 ORDER BY a.requested_at`,
      [status],
    );
  }

  /** Where an approval was asked: its case, facility or order, and its kind. */
  async find(id: string): Promise<{ caseId: string | null; facilityId: string | null; orderId: string | null; kind: string } | null> {
    const [row] = await this.db.query('SELECT case_id AS "caseId", facility_id AS "facilityId", order_id AS "orderId", kind FROM approvals WHERE id = $1', [id]);
    return row ?? null;
  }

  /** Whether an unblock request on the facility waits for a decision. */
  async unblockPending(facilityId: string): Promise<boolean> {
    const [row] = await this.db.query(`SELECT 1 FROM approvals WHERE facility_id = $1 AND kind = 'UNBLOCK_FACILITY' AND status = 'pending' LIMIT 1`, [facilityId]);
    return row !== undefined;
  }
}
