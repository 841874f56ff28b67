import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { enforcementChangeRefusal, enforcementDecisionRefusal, ORDER_LEGAL_BASIS } from '@mou/domain';
import { pendingDecision } from '../shared/pending-decision';
import { serialQueue } from '../shared/serial';
import { decideOrderRequestUpdate, orderOpenedUpdate, orderStateQuery, requestOrderChangeUpdate } from './messages';
import type { EnforcementOrderActivities, EnforcementOrderInput, EnforcementOrderState, OrderProjection, OrderRequest, OrderTerms } from './types';

const { appendOrderEvent, rescreenOrderEntries } = proxyActivities<EnforcementOrderActivities>({
  startToCloseTimeout: '1 minute',
  // The append is idempotent on (order, sequence); PostgreSQL may be briefly away, so keep trying.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** How an order's goods read in a sentence: its categories, or every good of the facility. */
export function coverage(terms: OrderTerms): string {
  const goods = terms.productCategories.length === 0 ? 'all goods' : `goods in ${terms.productCategories.join(', ')}`;
  return `${goods} imported from ${terms.effectiveFrom}`;
}

function refuse(reason: string, type: 'BadRequest' | 'NotFound' | 'IllegalTransition' | 'FourEyes', field?: string): never {
  throw ApplicationFailure.nonRetryable(reason, type, ...(field ? [{ field }] : []));
}

/**
 * One Withhold Release Order (19 CFR 12.42(e)) or Finding (12.42(f)) in the register, from its
 * proposal or issue to its revocation (docs/domain.md §6). Every change is asked for by one
 * supervisor and decided by another; it is an event in the order's hash-chained log, and a change
 * that alters what the order covers screens the facility's open entries again, naming the event.
 */
export async function enforcementOrder(input: EnforcementOrderInput, carried?: EnforcementOrderState): Promise<EnforcementOrderState> {
  const requestedAt = Date.parse(input.requestedAt);
  const state: EnforcementOrderState = carried ?? {
    orderId: input.orderId,
    kind: input.kind,
    facilityId: input.facilityId,
    caseId: input.caseId,
    reference: null,
    status: 'PROPOSED',
    terms: input.terms,
    reason: input.reason,
    requestedBy: input.requestedBy,
    approvedBy: null,
    issuedAt: null,
    revokedAt: null,
    requests: [],
    sequence: 0,
  };
  let opened = state.sequence > 0;
  const serially = serialQueue();

  const project = (): OrderProjection => ({
    kind: state.kind,
    facilityId: state.facilityId,
    caseId: state.caseId,
    status: state.status,
    productCategories: state.terms.productCategories,
    effectiveFrom: state.terms.effectiveFrom,
    legalBasis: ORDER_LEGAL_BASIS[state.kind],
    reason: state.reason,
    requestedBy: state.requestedBy,
    approvedBy: state.approvedBy,
    issuedAt: isoOrNull(state.issuedAt),
    revokedAt: isoOrNull(state.revokedAt),
    requests: state.requests.map((r) => ({ ...r, requestedAt: iso(r.requestedAt), decidedAt: isoOrNull(r.decidedAt) })),
  });

  const record = async (type: string, actorId: string, payload: Record<string, unknown>, at: number): Promise<number> => {
    const appended = await appendOrderEvent({ orderId: state.orderId, sequence: state.sequence + 1, type, actorId, occurredAt: iso(at), payload, order: project() });
    state.sequence = appended.sequence;
    state.reference = appended.reference;
    return appended.sequence;
  };

  /** The change at `sequence` altered what the order holds: the facility's open entries screen again. */
  const rescreen = async (sequence: number, actorId: string, text: string) => {
    const ref = `${state.reference}:${sequence}`;
    const entries = await rescreenOrderEntries({ facilityId: state.facilityId, ref, text });
    await record('ENTRIES_RESCREENED', actorId, { cause: ref, entries }, Date.now());
  };

  const issue = async (actorId: string, approvedBy: string, at: number, payload: Record<string, unknown>) => {
    state.status = 'ACTIVE';
    state.approvedBy = approvedBy;
    state.issuedAt = at;
    const sequence = await record('ORDER_ISSUED', actorId, { ...payload, terms: state.terms, legalBasis: ORDER_LEGAL_BASIS[state.kind] }, at);
    await rescreen(sequence, actorId, `${state.reference} issued under ${ORDER_LEGAL_BASIS[state.kind]}: ${coverage(state.terms)}`);
  };

  setHandler(orderStateQuery, () => state);
  setHandler(orderOpenedUpdate, async () => {
    await condition(() => opened);
    return state;
  });

  const pending = () => state.requests.find((r) => r.status === 'pending');

  const checkChange = (args: { action: 'MODIFY' | 'REVOKE'; terms?: OrderTerms; reason: string; actor: { id: string } }) => {
    if (!args.actor?.id) refuse('The action has no actor.', 'BadRequest');
    if (args.action === 'MODIFY' && !args.terms) refuse('A modification names the terms the order is to have.', 'BadRequest', 'productCategories');
    const refusal = enforcementChangeRefusal(state.status, args.action, pending() !== undefined);
    if (refusal !== null) refuse(refusal, 'IllegalTransition');
  };
  setHandler(
    requestOrderChangeUpdate,
    (args) =>
      serially(async () => {
        checkChange(args);
        const at = Date.now();
        const request: OrderRequest = {
          ...pendingDecision(args.actor.id, at),
          action: args.action,
          terms: args.action === 'MODIFY' ? args.terms! : null,
          reason: args.reason,
        };
        state.requests.push(request);
        const type = args.action === 'MODIFY' ? 'MODIFICATION_REQUESTED' : 'REVOCATION_REQUESTED';
        await record(type, args.actor.id, { requestId: request.id, ...(request.terms ? { terms: request.terms } : {}), reason: args.reason }, at);
        return state;
      }),
    { validator: checkChange },
  );

  const checkDecision = (args: { actor: { id: string }; facilityInvestigatorIds: string[] }): OrderRequest => {
    if (!args.actor?.id) refuse('The action has no actor.', 'BadRequest');
    const request = pending();
    if (!request) refuse(`No request on ${state.reference ?? 'this order'} waits for a decision.`, 'IllegalTransition');
    const refusal = enforcementDecisionRefusal(request, args.actor.id, args.facilityInvestigatorIds ?? []);
    if (refusal !== null) refuse(refusal, 'FourEyes');
    return request;
  };
  setHandler(
    decideOrderRequestUpdate,
    (args) =>
      serially(async () => {
        const request = checkDecision(args);
        const at = Date.now();
        request.status = args.approve ? 'approved' : 'rejected';
        request.decidedBy = args.actor.id;
        request.decidedAt = at;
        request.decisionReason = args.reason;
        const decided = { requestId: request.id, action: request.action, reason: args.reason };
        if (!args.approve) {
          if (request.action === 'ISSUE') state.status = 'REJECTED';
          await record(request.action === 'ISSUE' ? 'PROPOSAL_REJECTED' : 'REQUEST_REJECTED', args.actor.id, decided, at);
          return state;
        }
        switch (request.action) {
          case 'ISSUE':
            await issue(args.actor.id, args.actor.id, at, decided);
            break;
          case 'MODIFY': {
            const from = state.terms;
            state.terms = request.terms!;
            const sequence = await record('ORDER_MODIFIED', args.actor.id, { ...decided, from, to: state.terms }, at);
            await rescreen(sequence, args.actor.id, `${state.reference} modified: now ${coverage(state.terms)} (${args.reason})`);
            break;
          }
          case 'REVOKE': {
            state.status = 'REVOKED';
            state.revokedAt = at;
            const sequence = await record('ORDER_REVOKED', args.actor.id, decided, at);
            await rescreen(sequence, args.actor.id, `${state.reference} revoked: ${request.reason}`);
            break;
          }
        }
        return state;
      }),
    { validator: checkDecision },
  );

  // The first event: issued at once when four-eyes was kept on the case, proposed otherwise.
  if (!opened) {
    await serially(async () => {
      if (input.issued) {
        await issue(input.issued.approvedBy, input.issued.approvedBy, Date.parse(input.issued.approvedAt), {
          approvalId: input.issued.approvalId,
          caseId: state.caseId,
          requestedBy: input.requestedBy,
          reason: state.reason,
        });
        return;
      }
      state.requests.push({ ...pendingDecision(state.requestedBy, requestedAt), action: 'ISSUE', terms: state.terms, reason: state.reason });
      await record('ORDER_PROPOSED', state.requestedBy, { kind: state.kind, caseId: state.caseId, terms: state.terms, reason: state.reason }, requestedAt);
    });
    opened = true;
  }

  // An order revoked, or a proposal rejected, admits nothing more: its workflow ends.
  const final = () => state.status === 'REVOKED' || state.status === 'REJECTED';
  await condition(() => final() || workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  if (final()) return state;
  return continueAsNew<typeof enforcementOrder>(input, state);
}
