import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { decisionDateRefusal, fourEyesRefusal } from '@mou/domain';
import { caseFacilityChangeSignal, decideUnblockUpdate, facilityStateQuery, requestUnblockUpdate } from './messages';
import type { CaseFacilityChange, FacilityActivities, FacilityInput, FacilityState, FacilityStatus } from './types';
import { serialQueue } from '../shared/serial';

const { appendFacilityEvent, rescreenFacilityEntries } = proxyActivities<FacilityActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** What a case event does to the facility's status; null when it changes nothing (docs/domain.md §6). */
export function nextStatus(current: FacilityStatus, requested: FacilityStatus): FacilityStatus | null {
  if (requested === current) return null;
  switch (requested) {
    case 'UNDER_INVESTIGATION':
      // A new case never downgrades a refused or blocked facility.
      return current === 'NONE' || current === 'CLEARED' ? requested : null;
    case 'ACCESS_DENIED':
      return current === 'BLOCKED' ? null : requested;
    default:
      return requested;
  }
}

/**
 * One facility's status, shared by all its cases: under investigation, access denied, blocked,
 * cleared, each change dated and explained. Blocking and unblocking re-screen its open entries.
 */
export async function facility(input: FacilityInput, carried?: FacilityState): Promise<FacilityState> {
  const state: FacilityState = carried ?? { facilityId: input.facilityId, status: input.status, sequence: input.sequence, unblockRequests: [], appliedSources: [] };
  const inbox: CaseFacilityChange[] = [];

  const serially = serialQueue();

  const record = async (type: string, actorId: string, payload: Record<string, unknown>, at: number, change?: { from: FacilityStatus; to: FacilityStatus; reason: string; caseId: string | null }) => {
    const appended = await appendFacilityEvent({
      facilityId: state.facilityId,
      sequence: state.sequence + 1,
      type,
      actorId,
      occurredAt: new Date(at).toISOString(),
      payload,
      status: state.status,
      change,
      unblockRequests: state.unblockRequests.map((r) => ({
        ...r,
        requestedAt: new Date(r.requestedAt).toISOString(),
        decidedAt: r.decidedAt === null ? null : new Date(r.decidedAt).toISOString(),
      })),
    });
    state.sequence = appended.sequence;
  };

  const changeStatus = async (to: FacilityStatus, reason: string, actorId: string, caseId: string | null, at: number, type: string, payload: Record<string, unknown>) => {
    const from = state.status;
    state.status = to;
    state.statusCaseId = caseId;
    state.statusSince = at;
    if (to === 'ACCESS_DENIED' && from !== 'BLOCKED') state.statusBeforeDenial = from;
    await record(type, actorId, { ...payload, from, to, reason, caseId }, at, { from, to, reason, caseId });
    if (to === 'BLOCKED' || from === 'BLOCKED') {
      const told = await rescreenFacilityEntries({ facilityId: state.facilityId, status: to, reason });
      await record('ENTRIES_RESCREENED', actorId, { status: to, entries: told }, Date.now());
    }
  };

  /**
   * A case withdraws the refusal of access it reported, because a visit entered late was held
   * before the refusal was deemed (docs/domain.md §5, §6): the status the refusal set, and the
   * block that rested on it, give way to the status before it, as a new dated change; a block
   * lifted this way re-screens the facility's entries. A status another case set since stays.
   */
  const withdrawCaseDenial = async (change: CaseFacilityChange) => {
    const heldByCase = (state.status === 'ACCESS_DENIED' || state.status === 'BLOCKED') && state.statusCaseId === change.caseId;
    if (!heldByCase) return;
    const to = state.statusBeforeDenial ?? 'UNDER_INVESTIGATION';
    // As of the refusal, or of the block if that came later: a withdrawal never predates what it withdraws.
    const at = Math.max(Date.parse(change.at), state.statusSince ?? 0);
    await changeStatus(to, change.reason, change.actorId, change.caseId, at, 'STATUS_CHANGE_WITHDRAWN', { sourceEvent: change.sourceEvent, withdrawn: state.status });
  };

  setHandler(facilityStateQuery, () => state);
  setHandler(caseFacilityChangeSignal, (change) => {
    inbox.push(change);
  });

  const checkRequest = (args: { ground: string; caseId?: string; petition?: string }) => {
    if (state.status !== 'BLOCKED') throw ApplicationFailure.nonRetryable(`The facility is ${state.status}, not blocked.`, 'IllegalTransition');
    if (state.unblockRequests.some((r) => r.status === 'pending')) throw ApplicationFailure.nonRetryable('An unblock request is already waiting for a decision.', 'IllegalTransition');
    if (args.ground === 'VISIT_WITH_FULL_ACCESS' && !args.caseId) throw ApplicationFailure.nonRetryable('Name the case whose visit had full access.', 'BadRequest');
    if (args.ground === 'REMEDIATION_PETITION' && !args.petition?.trim()) throw ApplicationFailure.nonRetryable('A remediation petition needs its text.', 'BadRequest');
  };
  setHandler(
    requestUnblockUpdate,
    (args) =>
      serially(async () => {
        checkRequest(args);
        const at = Date.now();
        state.unblockRequests.push({
          id: uuid4(),
          ground: args.ground,
          caseId: args.caseId ?? null,
          petition: args.petition ?? null,
          reason: args.reason,
          requestedBy: args.actor.id,
          requestedAt: at,
          status: 'pending',
          decidedBy: null,
          decidedAt: null,
          decisionReason: null,
        });
        await record('UNBLOCK_REQUESTED', args.actor.id, { ground: args.ground, caseId: args.caseId ?? null, reason: args.reason }, at);
        return state;
      }),
    { validator: checkRequest },
  );

  const checkDecision = (args: { requestId: string; actor: { id: string }; decidedAt?: string }) => {
    const request = state.unblockRequests.find((r) => r.id === args.requestId);
    if (!request) throw ApplicationFailure.nonRetryable(`No unblock request ${args.requestId}.`, 'NotFound');
    if (request.status !== 'pending') throw ApplicationFailure.nonRetryable(`This request was already ${request.status}.`, 'IllegalTransition');
    const refusal = fourEyesRefusal(request, args.actor.id);
    if (refusal !== null) throw ApplicationFailure.nonRetryable(refusal, 'FourEyes');
    const dated = decisionDateRefusal(args.decidedAt, request.requestedAt, Date.now());
    if (dated?.status === 400) throw ApplicationFailure.nonRetryable(dated.reason, 'BadRequest', { field: dated.field });
    if (dated) throw ApplicationFailure.nonRetryable(dated.reason, 'IllegalTransition');
    return request;
  };
  setHandler(
    decideUnblockUpdate,
    (args) =>
      serially(async () => {
        const request = checkDecision(args);
        // A dated decision takes effect at its instant (docs/domain.md §4); undated ones, and runs from before, now.
        const at = args.decidedAt !== undefined && patched('dated-decisions') ? Math.min(Date.parse(args.decidedAt), Date.now()) : Date.now();
        request.status = args.approve ? 'approved' : 'rejected';
        request.decidedBy = args.actor.id;
        request.decidedAt = at;
        request.decisionReason = args.reason;
        if (args.approve) {
          await changeStatus('CLEARED', `Unblocked (${request.ground.toLowerCase().replace(/_/g, ' ')}): ${args.reason}`, args.actor.id, request.caseId, at, 'FACILITY_UNBLOCKED', { requestId: request.id });
        } else {
          await record('UNBLOCK_REJECTED', args.actor.id, { requestId: request.id, reason: args.reason }, at);
        }
        return state;
      }),
    { validator: checkDecision },
  );

  for (;;) {
    await condition(() => inbox.length > 0 || workflowInfo().continueAsNewSuggested);
    while (inbox.length > 0) {
      const change = inbox.shift()!;
      if (state.appliedSources.includes(change.sourceEvent)) continue;
      await serially(async () => {
        state.appliedSources = [...state.appliedSources, change.sourceEvent].slice(-500);
        if (change.withdraws) return withdrawCaseDenial(change);
        const to = nextStatus(state.status, change.to);
        if (to) await changeStatus(to, change.reason, change.actorId, change.caseId, Date.parse(change.at), 'STATUS_CHANGED', { sourceEvent: change.sourceEvent });
      });
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof facility>(input, state);
    }
  }
}
