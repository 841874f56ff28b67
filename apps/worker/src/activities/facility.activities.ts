import { Context } from '@temporalio/activity';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { facilityWorkflowId } from '@mou/temporal';
import { AppendFacilityEventInput, caseFacilityChangeSignal, FacilityActivities, FacilityNotice, FacilityStatus } from '@mou/workflows';
import { appendRecordEvent } from '@mou/persistence';
import { appendToStream, FACILITY_STREAM } from './event-stream';
import { rescreenOpenEntries } from './rescreen-entries';

export class FacilityEventActivities implements FacilityActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  /** Appends to the facility's log and projects its status, dated history and unblock requests. */
  appendFacilityEvent = (input: AppendFacilityEventInput) =>
    this.dataSource.transaction(async (em) => {
      const { appended, hash } = await appendToStream(em, FACILITY_STREAM, { ...input, streamId: input.facilityId });
      if (appended) {
        await em.query('UPDATE facilities SET status = $2 WHERE id = $1', [input.facilityId, input.status]);
        if (input.change) {
          await em.query(
            `INSERT INTO facility_status_changes (id, facility_id, from_status, to_status, reason, case_id, changed_by, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
            [`facility:${input.facilityId}:${input.sequence}`, input.facilityId, input.change.from, input.change.to, input.change.reason,
             input.change.caseId, input.actorId, input.occurredAt],
          );
        }
        for (const r of input.unblockRequests) {
          const written = (await em.query(
            `INSERT INTO approvals (id, case_id, facility_id, kind, status, reason, requested_by, requested_at, decided_by, decided_at, decision_reason)
             VALUES ($1, $2, $3, 'UNBLOCK_FACILITY', $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (id) DO UPDATE SET status = $4, decided_by = $8, decided_at = $9, decision_reason = $10
             WHERE (approvals.status, approvals.decided_by, approvals.decided_at, approvals.decision_reason) IS DISTINCT FROM ($4, $8::uuid, $9::timestamptz, $10)
             RETURNING id`,
            [r.id, r.caseId, input.facilityId, r.status, `${r.ground}: ${r.reason}`, r.requestedBy, r.requestedAt, r.decidedBy, r.decidedAt, r.decisionReason],
          )) as unknown[];
          if (written.length > 0) await appendRecordEvent(em, 'approval', r.id, `APPROVAL_${r.status}`, r.decidedBy ?? r.requestedBy, { facilityId: input.facilityId, facilityEvent: input.sequence });
        }
      }
      return { sequence: input.sequence, hash };
    });

  /**
   * Tells every open entry of the facility to screen itself again, naming the facility's change
   * as the cause of whatever it detains or releases (docs/domain.md §6).
   */
  rescreenFacilityEntries = async (input: { facilityId: string; status: FacilityStatus; reason: string; ref?: string }): Promise<number> =>
    rescreenOpenEntries(this.dataSource, this.temporal, input.facilityId, {
      kind: 'FACILITY_STATUS',
      ref: input.ref ?? `facility:${input.facilityId}:${input.status}`,
      text: input.reason,
    });

  /** Starts the facility's workflow if needed and hands it the case's notice. */
  notifyFacility = async (notice: FacilityNotice): Promise<void> => {
    const [row] = (await this.dataSource.query('SELECT status, last_sequence AS "lastSequence" FROM facilities WHERE id = $1', [notice.facilityId])) as {
      status: FacilityStatus;
      lastSequence: number;
    }[];
    if (!row) return;
    await this.temporal.workflow.signalWithStart('facility', {
      workflowId: facilityWorkflowId(notice.facilityId),
      taskQueue: Context.current().info.taskQueue,
      args: [{ facilityId: notice.facilityId, status: row.status, sequence: row.lastSequence }],
      signal: caseFacilityChangeSignal,
      signalArgs: [
        {
          ...(notice.to ? { to: notice.to } : {}),
          ...(notice.fact ? { fact: notice.fact } : {}),
          reference: notice.reference ?? null,
          reason: notice.reason,
          caseId: notice.caseId,
          actorId: notice.actorId,
          at: notice.at,
          sourceEvent: notice.sourceEvent,
          ...(notice.withdraws ? { withdraws: notice.withdraws } : {}),
        },
      ],
    });
  };
}
