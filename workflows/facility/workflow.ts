import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { decisionDateRefusal, facilityStatus, fourEyesRefusal, unblockEvidenceRefusal, type FacilityCaseFacts, type FacilityFacts } from '@mou/domain';
import { caseFacilityChangeSignal, decideUnblockUpdate, facilityStateQuery, requestUnblockUpdate } from './messages';
import type { CaseFact, CaseFacilityChange, FacilityActivities, FacilityInput, FacilityState, FacilityStatus } from './types';
import { pendingDecision } from '../shared/pending-decision';
import { serialQueue } from '../shared/serial';

const { appendFacilityEvent, rescreenFacilityEntries } = proxyActivities<FacilityActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Runs from before the rule table decided the status from the facts (patch `facility-status-table`). */
const TABLE = 'facility-status-table';

/**
 * What a case event did to the facility's status in runs recorded before the rule table
 * (docs/domain.md §6); kept only so that those histories replay as they were written.
 */
function legacyNextStatus(current: FacilityStatus, requested: FacilityStatus): FacilityStatus | null {
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
 * cleared, each change dated and explained, decided by the rule table from the facts its cases
 * report (docs/domain.md §6). Every change re-screens its open entries.
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
    const ref = `facility:${state.facilityId}:${state.sequence}`;
    // Every change screens the open entries again (docs/domain.md §6); runs from before, only a block and its lifting.
    if (patched(TABLE) || to === 'BLOCKED' || from === 'BLOCKED') {
      const told = await rescreenFacilityEntries({ facilityId: state.facilityId, status: to, reason, ref });
      await record('ENTRIES_RESCREENED', actorId, { status: to, entries: told, ref }, Date.now());
    }
  };

  /** The facts, kept from the first notice the table reads; a run from before starts from its status then. */
  const factsOf = (): FacilityFacts => {
    state.facts ??= { cases: [], unblocks: [], baseline: state.status === 'NONE' ? null : { status: state.status, at: state.statusSince ?? 0 } };
    return state.facts;
  };

  const caseOf = (facts: FacilityFacts, change: CaseFacilityChange, at: number): FacilityCaseFacts => {
    let found = facts.cases.find((c) => c.caseId === change.caseId);
    if (!found) {
      found = { caseId: change.caseId, label: change.caseId, openedAt: at, cycleStartedAt: 0, closed: null, withdrawnAt: null, visits: [], refusals: [], blockApprovals: [] };
      facts.cases.push(found);
    }
    if (change.reference) found.label = change.reference;
    return found;
  };

  /** The fact a notice reports; notices from before facts were sent name only the status asked for. */
  const factOf = (change: CaseFacilityChange): CaseFact | null => {
    if (change.fact) return change.fact;
    if (change.withdraws) return { kind: 'REFUSAL_WITHDRAWN' };
    if (change.to === 'UNDER_INVESTIGATION') return { kind: 'CASE_OPENED' };
    if (change.to === 'ACCESS_DENIED') return { kind: 'ACCESS_REFUSED', approvalId: null };
    if (change.to === 'BLOCKED') return { kind: 'BLOCK_APPROVED', approvalId: change.sourceEvent };
    return null;
  };

  /** Adds the case's fact to the facility's facts (docs/domain.md §6). */
  const applyFact = (facts: FacilityFacts, change: CaseFacilityChange, fact: CaseFact, at: number) => {
    const c = caseOf(facts, change, at);
    const approval = (id: string) => {
      let found = c.blockApprovals.find((a) => a.id === id);
      if (!found) {
        found = { id, status: 'pending', requestedAt: at, decidedAt: null, reason: change.reason };
        c.blockApprovals.push(found);
      }
      return found;
    };
    const decide = (id: string, status: 'approved' | 'rejected' | 'cancelled') => {
      const a = approval(id);
      a.status = status;
      a.decidedAt = at;
      if (status === 'approved') a.reason = change.reason;
    };
    switch (fact.kind) {
      case 'CASE_OPENED':
        c.openedAt = at;
        return;
      case 'VISIT':
        c.visits.push({ at, fullAccess: fact.fullAccess });
        return;
      case 'ACCESS_REFUSED':
        c.refusals.push({ at, withdrawnAt: null });
        if (fact.approvalId) approval(fact.approvalId);
        return;
      case 'REFUSAL_WITHDRAWN':
        // The refusal never stood: neither it nor a block resting on it counts any more.
        for (const r of c.refusals) r.withdrawnAt ??= at;
        for (const a of c.blockApprovals) if (a.status === 'pending' || a.status === 'approved') Object.assign(a, { status: 'cancelled', decidedAt: at });
        return;
      case 'BLOCK_REQUESTED':
        approval(fact.approvalId);
        return;
      case 'BLOCK_APPROVED':
        return decide(fact.approvalId, 'approved');
      case 'BLOCK_REJECTED':
        return decide(fact.approvalId, 'rejected');
      case 'BLOCK_CANCELLED':
        return decide(fact.approvalId, 'cancelled');
      case 'CASE_CLOSED':
        c.closed = { at, outcome: fact.outcome };
        if (fact.blockApprovalId) approval(fact.blockApprovalId);
        return;
      case 'CASE_WITHDRAWN':
        c.withdrawnAt = at;
        return;
      case 'CASE_REOPENED':
        c.closed = null;
        c.cycleStartedAt = at;
        return;
    }
  };

  /**
   * A case's notice: its fact joins the facility's facts and the rule table decides the status
   * (docs/domain.md §6). A change is dated at the fact that made it.
   */
  const applyNotice = async (change: CaseFacilityChange) => {
    const fact = factOf(change);
    if (!fact) return;
    const facts = factsOf();
    const at = Date.parse(change.at);
    applyFact(facts, change, fact, at);
    const decided = facilityStatus(facts);
    if (decided.status === state.status) return;
    // A notice that asked for this status says why in the case's words; otherwise the table's row does.
    const reason = change.to === decided.status || fact.kind === 'REFUSAL_WITHDRAWN' ? change.reason : decided.reason;
    const type = fact.kind === 'REFUSAL_WITHDRAWN' ? 'STATUS_CHANGE_WITHDRAWN' : 'STATUS_CHANGED';
    // Dated at the fact (docs/domain.md §4); a withdrawal never predates what it withdraws.
    const effective = fact.kind === 'REFUSAL_WITHDRAWN' ? Math.max(at, state.statusSince ?? 0) : at;
    await changeStatus(decided.status, reason, change.actorId, decided.caseId, effective, type, { sourceEvent: change.sourceEvent, fact: fact.kind });
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
    // Evidence of access must postdate the block (docs/domain.md §6), as far as the case told the facility of its visits.
    const visits = state.facts?.cases.find((c) => c.caseId === args.caseId)?.visits.filter((v) => v.fullAccess) ?? [];
    if (args.ground === 'VISIT_WITH_FULL_ACCESS' && visits.length > 0) {
      const refusal = unblockEvidenceRefusal(state.statusSince ?? null, Math.max(...visits.map((v) => v.at)));
      if (refusal !== null) throw ApplicationFailure.nonRetryable(refusal, 'IllegalTransition');
    }
  };
  setHandler(
    requestUnblockUpdate,
    (args) =>
      serially(async () => {
        checkRequest(args);
        const at = Date.now();
        state.unblockRequests.push({ ...pendingDecision(args.actor.id, at), ground: args.ground, caseId: args.caseId ?? null, petition: args.petition ?? null, reason: args.reason });
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
        if (args.approve && patched(TABLE)) {
          factsOf().unblocks.push({ at, reason: args.reason });
          const decided = facilityStatus(factsOf());
          await changeStatus(decided.status, `Unblocked (${request.ground.toLowerCase().replace(/_/g, ' ')}): ${args.reason}`, args.actor.id, request.caseId, at, 'FACILITY_UNBLOCKED', { requestId: request.id });
        } else if (args.approve) {
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
        if (patched(TABLE)) return applyNotice(change);
        if (change.withdraws) return withdrawCaseDenial(change);
        if (!change.to) return;
        const to = legacyNextStatus(state.status, change.to);
        if (to) await changeStatus(to, change.reason, change.actorId, change.caseId, Date.parse(change.at), 'STATUS_CHANGED', { sourceEvent: change.sourceEvent });
      });
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof facility>(input, state);
    }
  }
}
