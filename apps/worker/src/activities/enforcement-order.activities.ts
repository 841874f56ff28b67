import { Context } from '@temporalio/activity';
import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource, EntityManager } from 'typeorm';
import { ENFORCEMENT_REFERENCE_PREFIX } from '@mou/domain';
import { GENESIS_HASH } from '@mou/persistence';
import { enforcementOrderWorkflowId } from '@mou/workflows';
import type { AppendOrderEventInput, EnforcementOrderActivities, EnforcementOrderInput, OrderRescreen } from '@mou/workflows';
import { appendToStream, ORDER_STREAM } from './event-stream';
import { rescreenOpenEntries } from './rescreen-entries';

/** Kind of the approvals-queue row for each request on an order. */
const APPROVAL_KIND = { ISSUE: 'ISSUE_ORDER', MODIFY: 'MODIFY_ORDER', REVOKE: 'REVOKE_ORDER' } as const;

/**
 * The register of Withhold Release Orders and Findings (docs/domain.md §6): each order's log is
 * hash-chained like a case's, its row projected with every event, and its pending request shown
 * in the approvals queue supervisors already work from.
 */
export class EnforcementOrderEventActivities implements EnforcementOrderActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  appendOrderEvent = (input: AppendOrderEventInput) =>
    this.dataSource.transaction(async (em) => {
      if (input.sequence === 1) await this.ensureOrderRow(em, input);
      const { appended, hash } = await appendToStream(em, ORDER_STREAM, { ...input, streamId: input.orderId });
      const o = input.order;
      const [{ reference }] = (await em.query('SELECT reference FROM enforcement_orders WHERE id = $1', [input.orderId])) as { reference: string }[];
      if (appended) {
        const pending = o.requests.find((r) => r.status === 'pending') ?? null;
        await em.query(
          `UPDATE enforcement_orders SET status = $2, product_categories = $3, effective_from = $4, reason = $5, approved_by = $6,
                  issued_at = $7, revoked_at = $8, pending_request = $9 WHERE id = $1`,
          [input.orderId, o.status, o.productCategories, o.effectiveFrom, o.reason, o.approvedBy, o.issuedAt, o.revokedAt, pending === null ? null : JSON.stringify(pending)],
        );
        for (const r of o.requests) {
          await em.query(
            `INSERT INTO approvals (id, case_id, facility_id, order_id, kind, status, reason, requested_by, requested_at, decided_by, decided_at, decision_reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (id) DO UPDATE SET status = $6, decided_by = $10, decided_at = $11, decision_reason = $12`,
            [r.id, o.caseId, o.facilityId, input.orderId, APPROVAL_KIND[r.action], r.status, `${reference}: ${r.reason}`, r.requestedBy, r.requestedAt, r.decidedBy, r.decidedAt, r.decisionReason],
          );
        }
      }
      return { sequence: input.sequence, hash, reference };
    });

  rescreenOrderEntries = (input: OrderRescreen): Promise<number> =>
    rescreenOpenEntries(this.dataSource, this.temporal, input.facilityId, { kind: 'ORDER', ref: input.ref, text: input.text });

  startEnforcementOrder = async (input: EnforcementOrderInput): Promise<void> => {
    try {
      await this.temporal.workflow.start('enforcementOrder', {
        workflowId: enforcementOrderWorkflowId(input.orderId),
        taskQueue: Context.current().info.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
    } catch (error) {
      // A retry after the start went through: the order's workflow already runs (or ran).
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };

  /**
   * The first event creates the order's row and numbers it in the register, per kind and year of
   * the request (WRO-2026-0001); the lock keeps two orders from taking the same number.
   */
  private async ensureOrderRow(em: EntityManager, input: AppendOrderEventInput): Promise<void> {
    const o = input.order;
    const prefix = `${ENFORCEMENT_REFERENCE_PREFIX[o.kind]}-${input.occurredAt.slice(0, 4)}-`;
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('enforcement_order_reference'))`);
    await em.query(
      `INSERT INTO enforcement_orders (id, reference, kind, status, facility_id, product_categories, legal_basis, reason, case_id, effective_from,
                                       issued_at, requested_by, approved_by, last_sequence, last_hash)
       VALUES ($1, $2 || lpad((SELECT count(*) + 1 FROM enforcement_orders WHERE reference LIKE $2 || '%')::text, 4, '0'),
               $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, $14)
       ON CONFLICT (id) DO NOTHING`,
      [input.orderId, prefix, o.kind, o.status, o.facilityId, o.productCategories, o.legalBasis, o.reason, o.caseId, o.effectiveFrom,
       o.issuedAt, o.requestedBy, o.approvedBy, GENESIS_HASH],
    );
  }
}
