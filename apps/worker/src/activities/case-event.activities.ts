import { ApplicationFailure } from '@temporalio/common';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { CaseEventEntity, eventHash, GENESIS_HASH, InspectionCaseEntity } from '@mou/persistence';
import type { AppendCaseEventInput, AppendedCaseEvent, CaseActivities } from '@mou/workflows';

/**
 * Appends one event to a case's hash-chained log and updates the read model in the same
 * transaction. Idempotent on (case, sequence): a retry after a crash returns the stored event.
 */
export class CaseEventActivities implements CaseActivities {
  constructor(private readonly dataSource: DataSource) {}

  appendCaseEvent = (input: AppendCaseEventInput): Promise<AppendedCaseEvent> =>
    this.dataSource.transaction('READ COMMITTED', (em) => this.append(em, input));

  private async append(em: EntityManager, input: AppendCaseEventInput): Promise<AppendedCaseEvent> {
    const head = await this.lockHead(em, input);
    if (input.sequence <= head.lastSequence) {
      const stored = await em.findOneByOrFail(CaseEventEntity, { caseId: input.caseId, sequence: input.sequence });
      return { sequence: stored.sequence, hash: stored.hash, reference: head.reference };
    }
    if (input.sequence !== head.lastSequence + 1) {
      throw ApplicationFailure.nonRetryable(
        `Event ${input.sequence} of case ${input.caseId} would leave a gap after ${head.lastSequence}`,
        'EventSequenceGap',
      );
    }
    const hash = eventHash(head.lastHash, {
      caseId: input.caseId,
      sequence: input.sequence,
      type: input.type,
      actorId: input.actorId,
      occurredAt: input.occurredAt,
      payload: input.payload,
    });
    await em.insert(CaseEventEntity, em.create(CaseEventEntity, {
      caseId: input.caseId,
      sequence: input.sequence,
      type: input.type,
      actorId: input.actorId,
      payload: input.payload,
      occurredAt: new Date(input.occurredAt),
      prevHash: head.lastHash,
      hash,
    }) as QueryDeepPartialEntity<CaseEventEntity>);
    const p = input.projection;
    await em.update(InspectionCaseEntity, { id: input.caseId }, {
      stage: p.stage,
      outcome: p.outcome,
      assigneeId: p.assigneeId,
      nextDeadlineAt: p.nextDeadlineAt ? new Date(p.nextDeadlineAt) : null,
      escalationLevel: p.escalationLevel,
      lastSequence: input.sequence,
      lastHash: hash,
    });
    return { sequence: input.sequence, hash, reference: head.reference };
  }

  /** Locks the case row (creating it with the opening event) and returns the chain's head. */
  private async lockHead(em: EntityManager, input: AppendCaseEventInput) {
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
    const [head] = (await em.query(
      'SELECT reference, last_sequence AS "lastSequence", last_hash AS "lastHash" FROM cases WHERE id = $1 FOR UPDATE',
      [input.caseId],
    )) as { reference: string; lastSequence: number; lastHash: string }[];
    if (!head) {
      throw ApplicationFailure.nonRetryable(`Case ${input.caseId} has no opening event`, 'CaseNotOpened');
    }
    return head;
  }
}
