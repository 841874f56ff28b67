import { ApplicationFailure } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import { announce, DeadlineRepository, GENESIS_HASH } from '@mou/persistence';
import { notifyCaseEvent } from '../notifications/case-notifications';
import { appendToStream, CASE_STREAM } from './event-stream';
import type { AppendCaseEventInput, AppendedCaseEvent, CaseActivities } from '@mou/workflows';

/**
 * Appends one event to a case's hash-chained log and updates the read model in the same
 * transaction. Idempotent on (case, sequence): a retry after a crash returns the stored event.
 */
export class CaseEventActivities implements Pick<CaseActivities, 'appendCaseEvent'> {
  constructor(private readonly dataSource: DataSource) {}

  appendCaseEvent = (input: AppendCaseEventInput): Promise<AppendedCaseEvent> =>
    this.dataSource.transaction('READ COMMITTED', (em) => this.append(em, input));

  private async append(em: EntityManager, input: AppendCaseEventInput): Promise<AppendedCaseEvent> {
    const reference = await this.ensureCaseRow(em, input);
    const { appended, hash } = await appendToStream(em, CASE_STREAM, { ...input, streamId: input.caseId });
    if (!appended) return { sequence: input.sequence, hash, reference };
    const p = input.projection;
    await em.query(
      `UPDATE cases SET stage = $2, outcome = $3, progress = $4, assignee_id = $5, next_deadline_at = $6, escalation_level = $7
        WHERE id = $1`,
      [input.caseId, p.stage, p.outcome, JSON.stringify(p.progress), p.assigneeId, p.nextDeadlineAt, p.escalationLevel],
    );
    await this.projectClocks(em, input);
    await notifyCaseEvent(em, input, reference);
    await announce(em, { stream: 'case', id: input.caseId, sequence: input.sequence, type: input.type, assigneeId: p.assigneeId, occurredAt: input.occurredAt });
    return { sequence: input.sequence, hash, reference };
  }

  /** Upserts the case's deadlines, fired escalation steps and approvals: the workflow's own view. */
  private async projectClocks(em: EntityManager, input: AppendCaseEventInput): Promise<void> {
    const p = input.projection;
    const deadlines = new DeadlineRepository(em);
    for (const d of p.deadlines) await deadlines.upsert({ caseId: input.caseId, facilityId: p.facilityId, assigneeId: p.assigneeId }, d);
    for (const e of p.escalations) {
      if (e.withdrawnAt) {
        // Withdrawn by a fact dated before it (its ESCALATION_WITHDRAWN event says so): no longer a step in force.
        await em.query('DELETE FROM escalations WHERE id = $1', [`${input.caseId}:${e.id}`]);
        continue;
      }
      await em.query(
        `INSERT INTO escalations (id, case_id, deadline_id, level, type, description, occurred_at, acknowledged_by, acknowledged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET acknowledged_by = $8, acknowledged_at = $9`,
        [`${input.caseId}:${e.id}`, input.caseId, `${input.caseId}:${e.deadlineKey}`, e.level, e.type, e.description, e.occurredAt,
         e.acknowledgedBy, e.acknowledgedAt],
      );
    }
    for (const a of p.approvals) {
      await em.query(
        `INSERT INTO approvals (id, case_id, kind, status, reason, requested_by, requested_at, decided_by, decided_at, decision_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (id) DO UPDATE SET status = $4, decided_by = $8, decided_at = $9, decision_reason = $10`,
        [a.id, input.caseId, a.kind, a.status, a.reason, a.requestedBy, a.requestedAt, a.decidedBy, a.decidedAt, a.decisionReason],
      );
    }
  }

  /** The opening event creates the case row (its reference numbered once); returns the reference. */
  private async ensureCaseRow(em: EntityManager, input: AppendCaseEventInput): Promise<string> {
    const p = input.projection;
    if (input.sequence === 1) {
      await em.query(
        `INSERT INTO cases (id, reference, facility_id, allegation_summary, allegation_source, product_categories,
                            stage, outcome, assignee_id, opened_by, opened_at, escalation_level, last_sequence, last_hash)
         VALUES ($1, 'MOU-' || to_char($2::timestamptz AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(nextval('case_reference_seq')::text, 6, '0'),
                 $3, $4, $5, $6, $7, $8, $9, $10, $2, 0, 0, $11)
         ON CONFLICT (id) DO NOTHING`,
        [input.caseId, p.openedAt, p.facilityId, p.allegation.summary, p.allegation.source, p.allegation.productCategories,
         p.stage, p.outcome, p.assigneeId, p.openedBy, GENESIS_HASH],
      );
    }
    const [row] = (await em.query('SELECT reference FROM cases WHERE id = $1', [input.caseId])) as { reference: string }[];
    if (!row) throw ApplicationFailure.nonRetryable(`Case ${input.caseId} has no opening event`, 'CaseNotOpened');
    return row.reference;
  }
}
