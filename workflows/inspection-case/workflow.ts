import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { caseOpenedUpdate, caseStateQuery } from './messages';
import type { CaseActivities, CaseProjection, CaseState, InspectionCaseInput } from './types';

const { appendCaseEvent } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  // PostgreSQL may be briefly away; the append is idempotent on (case, sequence), so keep trying.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** One inspection request against one facility, from opening to its outcome. */
export async function inspectionCase(input: InspectionCaseInput): Promise<CaseState> {
  const state: CaseState = {
    caseId: input.caseId,
    reference: null,
    facilityId: input.facilityId,
    assigneeId: input.assigneeId,
    stage: 'OPEN',
    outcome: null,
    sequence: 0,
    openedAt: input.openedAt,
  };
  let opened = false;

  setHandler(caseStateQuery, () => state);
  setHandler(caseOpenedUpdate, async () => {
    await condition(() => opened);
    return state;
  });

  const projection = (): CaseProjection => ({
    facilityId: input.facilityId,
    allegation: input.allegation,
    openedBy: input.openedBy,
    openedAt: input.openedAt,
    assigneeId: state.assigneeId,
    stage: state.stage,
    outcome: state.outcome,
    nextDeadlineAt: null,
    escalationLevel: 0,
  });

  const appended = await appendCaseEvent({
    caseId: input.caseId,
    sequence: state.sequence + 1,
    type: 'CASE_OPENED',
    actorId: input.openedBy,
    occurredAt: input.openedAt,
    payload: { facilityId: input.facilityId, allegation: input.allegation, assigneeId: input.assigneeId },
    projection: projection(),
  });
  state.sequence = appended.sequence;
  state.reference = appended.reference;
  opened = true;

  await condition(() => state.stage === 'CLOSED');
  return state;
}
