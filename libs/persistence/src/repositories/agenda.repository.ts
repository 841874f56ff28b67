import { appendRecordEvent, inTransaction } from '../record-chain';
import type { Queryable } from './queryable';

/** A case on the agenda of the bilateral meeting: the senior escalation of a PRC clock still unanswered. */
export interface AgendaItemRow {
  escalationId: string;
  caseId: string;
  caseReference: string;
  allegationSummary: string;
  facilityId: string;
  facilityName: string;
  clockKind: string;
  clockTitle: string;
  legalBasis: string;
  requestedAt: Date;
  dueAt: Date | null;
  placedAt: Date;
}

export interface BilateralMeetingRow {
  id: string;
  heldOn: string;
  setBy: string;
  createdAt: Date;
}

/**
 * The agenda of the bilateral meetings (docs/domain.md §5): which cases the senior escalation put
 * there, and the meetings' dates. An item stays while its PRC clock is unanswered on an open case.
 */
export class AgendaRepository {
  constructor(private readonly db: Queryable) {}

  items(): Promise<AgendaItemRow[]> {
    return this.db.query(
      `SELECT e.id AS "escalationId", c.id AS "caseId", c.reference AS "caseReference", c.allegation_summary AS "allegationSummary",
              f.id AS "facilityId", f.name AS "facilityName", d.kind AS "clockKind", d.title AS "clockTitle", d.legal_basis AS "legalBasis",
              d.started_at AS "requestedAt", d.due_at AS "dueAt", e.occurred_at AS "placedAt"
         FROM escalations e
         JOIN deadlines d ON d.id = e.deadline_id
         JOIN cases c ON c.id = e.case_id
         JOIN facilities f ON f.id = c.facility_id
        WHERE e.type = 'SENIOR_ESCALATION' AND d.owed_by = 'PRC' AND d.status = 'open' AND c.stage NOT IN ('CLOSED', 'WITHDRAWN')
        ORDER BY e.occurred_at, e.id`,
    );
  }

  meetings(): Promise<BilateralMeetingRow[]> {
    return this.db.query(
      `SELECT id, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", set_by AS "setBy", created_at AS "createdAt" FROM bilateral_meetings ORDER BY held_on`,
    );
  }

  /** Stores a meeting date; null when a meeting on that date is already set. */
  async addMeeting(heldOn: string, setBy: string): Promise<BilateralMeetingRow | null> {
    return inTransaction(this.db, async (q) => {
      const [row] = (await q.query(
        `INSERT INTO bilateral_meetings (held_on, set_by) VALUES ($1, $2) ON CONFLICT (held_on) DO NOTHING
         RETURNING id, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", set_by AS "setBy", created_at AS "createdAt"`,
        [heldOn, setBy],
      )) as BilateralMeetingRow[];
      if (row) await appendRecordEvent(q, 'bilateral-meeting', row.id, 'MEETING_SET', setBy, { heldOn });
      return row ?? null;
    });
  }
}
