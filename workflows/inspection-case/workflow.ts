import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { CaseAction, CaseOutcome, DEFAULT_DEADLINE_RULES, decideMove, DeadlineKind, EscalationStep, initialProgress } from '@mou/domain';
import { CaseStageKey, EscalationLevelKey, NextDeadlineAtKey } from '@mou/temporal';
import {
  closeDeadline,
  dueSteps,
  escalationLevel,
  findOpenDeadline,
  nextDueDate,
  nextInstant,
  openDeadline,
  projectDeadline,
} from './case-clocks';
import * as msg from './messages';
import type { Actor, ApprovalKind, CaseActivities, CaseProjection, CaseState, FacilityNotice, InspectionCaseInput } from './types';
import { serialQueue } from '../shared/serial';

const { appendCaseEvent, notifyFacility } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  // PostgreSQL may be briefly away; the append is idempotent on (case, sequence), so keep trying.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const SYSTEM = 'system';
const CLOSED_STAGES = ['CLOSED', 'WITHDRAWN'];

/**
 * One inspection request against one facility, from opening to its outcome. The workflow owns
 * the stage and every clock; each change is committed as a hash-chained event with the read model.
 */
export async function inspectionCase(input: InspectionCaseInput, carried?: CaseState): Promise<CaseState> {
  const state: CaseState = carried ?? {
    caseId: input.caseId,
    reference: null,
    facilityId: input.facilityId,
    allegation: input.allegation,
    openedBy: input.openedBy,
    openedAt: input.openedAt,
    assigneeId: input.assigneeId,
    progress: initialProgress(),
    cycle: 1,
    deadlines: [],
    escalations: [],
    approvals: [],
    sequence: 0,
    rules: { ...DEFAULT_DEADLINE_RULES, ...(input.rules ?? {}) },
  };
  let opened = state.sequence > 0;
  /** Bumped whenever a clock changes, so the waiting timer is re-armed for the new nearest instant. */
  let generation = 0;

  const serially = serialQueue();

  const now = () => Date.now();

  const projection = (): CaseProjection => ({
    facilityId: state.facilityId,
    allegation: state.allegation,
    openedBy: state.openedBy,
    openedAt: state.openedAt,
    assigneeId: state.assigneeId,
    stage: state.progress.stage,
    outcome: state.progress.outcome ?? null,
    progress: state.progress,
    nextDeadlineAt: isoOrNull(nextDueDate(state)),
    escalationLevel: escalationLevel(state),
    deadlines: state.deadlines.map((d) => projectDeadline(state, d)),
    escalations: state.escalations.map((e) => ({ ...e, occurredAt: iso(e.occurredAt), acknowledgedAt: isoOrNull(e.acknowledgedAt) })),
    approvals: state.approvals.map((a) => ({ ...a, requestedAt: iso(a.requestedAt), decidedAt: isoOrNull(a.decidedAt) })),
  });

  const record = async (type: string, actorId: string, payload: Record<string, unknown>, occurredAt = now(), facility?: { to: FacilityNotice['to']; reason: string }) => {
    const appended = await appendCaseEvent({
      caseId: state.caseId,
      sequence: state.sequence + 1,
      type,
      actorId,
      occurredAt: iso(occurredAt),
      payload,
      projection: projection(),
    });
    state.sequence = appended.sequence;
    state.reference = appended.reference;
    generation++;
    mirrorSearchAttributes(state);
    if (facility) {
      await notifyFacility({
        facilityId: state.facilityId,
        ...facility,
        caseId: state.caseId,
        actorId,
        at: iso(occurredAt),
        sourceEvent: `case:${state.caseId}:${state.sequence}`,
      });
    }
  };

  /** Applies a stage move through the domain rules; throws the rule's reason when illegal. */
  const move = (action: CaseAction, outcome?: CaseOutcome) => {
    const decision = decideMove(state.progress, action, outcome ? { outcome } : undefined);
    if (!decision.allowed) throw ApplicationFailure.nonRetryable(decision.reason, 'IllegalTransition');
    state.progress = decision.next;
  };

  const validateMove = (action: CaseAction, outcome?: CaseOutcome) => {
    const decision = decideMove(state.progress, action, outcome ? { outcome } : undefined);
    if (!decision.allowed) throw ApplicationFailure.nonRetryable(decision.reason, 'IllegalTransition');
  };

  const requestApproval = (kind: ApprovalKind, requestedBy: string, reason: string, at: number) => {
    if (state.approvals.some((a) => a.kind === kind && a.status === 'pending')) return undefined;
    const approval = { id: uuid4(), kind, status: 'pending' as const, reason, requestedBy, requestedAt: at, decidedBy: null, decidedAt: null, decisionReason: null };
    state.approvals.push(approval);
    return approval;
  };

  /** Validates an investigator action, then applies it serially (re-checking under the lock). */
  const investigatorAction = <A extends msg.ActionArgs>(
    def: UpdateDefinition<CaseState, [A]>,
    action: CaseAction,
    apply: (args: A, at: number) => Promise<void>,
    outcomeOf?: (args: A) => CaseOutcome,
  ) => {
    setHandler(
      def,
      (args: A) =>
        serially(async () => {
          const at = effectiveTime(args.at, now());
          validateMove(action, outcomeOf?.(args));
          await apply(args, at);
          return state;
        }),
      {
        validator: (args: A) => {
          validateActor(args.actor);
          validateMove(action, outcomeOf?.(args));
          validatePastInstant(args.at, now());
        },
      },
    );
  };

  setHandler(msg.caseStateQuery, () => state);
  setHandler(msg.caseOpenedUpdate, async () => {
    await condition(() => opened);
    return state;
  });

  investigatorAction(msg.requestInvestigationUpdate, 'REQUEST_INVESTIGATION', async (args, at) => {
    move('REQUEST_INVESTIGATION');
    const deadline = openDeadline(state, 'PRC_INVESTIGATION_REPORT', at);
    await record('INVESTIGATION_REQUESTED', args.actor.id, { deadlineKey: deadline.key, requestedAt: iso(at), note: args.note ?? null });
  });

  investigatorAction(msg.requestVisitUpdate, 'REQUEST_VISIT', async (args, at) => {
    move('REQUEST_VISIT');
    const deadline = openDeadline(state, 'PRC_VISIT', at);
    await record('VISIT_REQUESTED', args.actor.id, { deadlineKey: deadline.key, requestedAt: iso(at), note: args.note ?? null });
  });

  investigatorAction(msg.recordPrcReportUpdate, 'RECORD_PRC_REPORT', async (args, at) => {
    move('RECORD_PRC_REPORT');
    const deadline = findOpenDeadline(state, 'PRC_INVESTIGATION_REPORT');
    if (deadline) closeDeadline(state, deadline, at, 'fulfilled');
    await record('PRC_REPORT_RECEIVED', args.actor.id, { receivedAt: iso(at), deadlineStatus: deadline?.status ?? null, note: args.note ?? null });
  });

  investigatorAction<msg.ScheduleVisitArgs>(msg.scheduleVisitUpdate, 'SCHEDULE_VISIT', async (args) => {
    move('SCHEDULE_VISIT');
    await record('VISIT_SCHEDULED', args.actor.id, { scheduledFor: args.scheduledFor, note: args.note ?? null });
  });

  investigatorAction<msg.RecordVisitArgs>(msg.recordVisitUpdate, 'RECORD_VISIT', async (args, at) => {
    move('RECORD_VISIT');
    const visit = findOpenDeadline(state, 'PRC_VISIT');
    if (visit) closeDeadline(state, visit, at, 'fulfilled');
    // The US owes its post-visit report within 60 days of the visit (SOC 1994).
    const report = openDeadline(state, 'US_VISIT_REPORT', at);
    await record('VISIT_CONDUCTED', args.actor.id, {
      heldAt: iso(at),
      fullAccess: args.fullAccess,
      visitDeadlineStatus: visit?.status ?? null,
      reportDeadlineKey: report.key,
      note: args.note ?? null,
    });
  });

  investigatorAction(msg.issueUsReportUpdate, 'ISSUE_US_REPORT', async (args, at) => {
    move('ISSUE_US_REPORT');
    const deadline = findOpenDeadline(state, 'US_VISIT_REPORT');
    if (deadline) closeDeadline(state, deadline, at, 'fulfilled');
    await record('US_REPORT_ISSUED', args.actor.id, { issuedAt: iso(at), deadlineStatus: deadline?.status ?? null, note: args.note ?? null });
  });

  investigatorAction(msg.recordAccessDeniedUpdate, 'RECORD_ACCESS_DENIED', async (args, at) => {
    await denyAccess(args.actor.id, at, 'explicit', args.note);
  });

  investigatorAction<msg.CloseArgs>(
    msg.closeCaseUpdate,
    'CLOSE',
    async (args, at) => {
      move('CLOSE', args.outcome);
      for (const d of state.deadlines.filter((x) => x.status === 'open')) closeDeadline(state, d, at, 'cancelled');
      await record('CASE_CLOSED', args.actor.id, { outcome: args.outcome, note: args.note ?? null });
    },
    (args) => args.outcome,
  );

  investigatorAction(msg.withdrawCaseUpdate, 'WITHDRAW', async (args, at) => {
    move('WITHDRAW');
    for (const d of state.deadlines.filter((x) => x.status === 'open')) closeDeadline(state, d, at, 'cancelled');
    await record('CASE_WITHDRAWN', args.actor.id, { note: args.note ?? null });
  });

  investigatorAction(msg.reopenCaseUpdate, 'REOPEN', async (args) => {
    move('REOPEN');
    state.cycle++;
    await record('CASE_REOPENED', args.actor.id, { cycle: state.cycle, note: args.note ?? null });
  });

  investigatorAction(msg.beginEnforcementReviewUpdate, 'BEGIN_ENFORCEMENT_REVIEW', async (args) => {
    move('BEGIN_ENFORCEMENT_REVIEW');
    await record('ENFORCEMENT_REVIEW_BEGUN', args.actor.id, { note: args.note ?? null });
  });

  const deadlineHandler = <A extends msg.DeadlineArgs>(
    def: UpdateDefinition<CaseState, [A]>,
    check: (deadline: NonNullable<ReturnType<typeof findDeadline>>, args: A) => void,
    apply: (deadline: NonNullable<ReturnType<typeof findDeadline>>, args: A, at: number) => Promise<void>,
  ) => {
    const locate = (args: A) => {
      const deadline = findDeadline(args.deadlineKey);
      if (!deadline) throw ApplicationFailure.nonRetryable(`The case has no deadline ${args.deadlineKey}.`, 'NotFound');
      if (deadline.status !== 'open') throw ApplicationFailure.nonRetryable(`Deadline ${args.deadlineKey} is already ${deadline.status}.`, 'IllegalTransition');
      check(deadline, args);
      return deadline;
    };
    setHandler(def, (args: A) => serially(async () => {
      await apply(locate(args), args, now());
      return state;
    }), {
      validator: (args: A) => {
        validateActor(args.actor);
        locate(args);
      },
    });
  };
  const findDeadline = (key: string) => state.deadlines.find((d) => d.key === key);
  const isPaused = (d: { ledger: { pauses: { resumedAt?: number }[] } }) => d.ledger.pauses.some((p) => p.resumedAt === undefined);

  deadlineHandler(
    msg.pauseDeadlineUpdate,
    (d) => {
      if (isPaused(d)) throw ApplicationFailure.nonRetryable(`Deadline ${d.key} is already paused.`, 'IllegalTransition');
    },
    async (d, args, at) => {
      d.ledger.pauses.push({ pausedAt: at, reason: args.reason, by: args.actor.id });
      await record('DEADLINE_PAUSED', args.actor.id, { deadlineKey: d.key, reason: args.reason });
    },
  );

  deadlineHandler(
    msg.resumeDeadlineUpdate,
    (d) => {
      if (!isPaused(d)) throw ApplicationFailure.nonRetryable(`Deadline ${d.key} is not paused.`, 'IllegalTransition');
    },
    async (d, args, at) => {
      const pause = d.ledger.pauses.find((p) => p.resumedAt === undefined)!;
      pause.resumedAt = at;
      await record('DEADLINE_RESUMED', args.actor.id, { deadlineKey: d.key, reason: args.reason, pausedDays: (at - pause.pausedAt) / 86_400_000 });
    },
  );

  deadlineHandler<msg.ExtendArgs>(
    msg.extendDeadlineUpdate,
    () => undefined,
    async (d, args, at) => {
      d.ledger.extensions.push({ amount: args.days, unit: 'calendar_days', reason: args.reason, by: args.actor.id, at });
      await record('DEADLINE_EXTENDED', args.actor.id, { deadlineKey: d.key, days: args.days, reason: args.reason });
    },
  );

  setHandler(
    msg.reassignCaseUpdate,
    (args) =>
      serially(async () => {
        const from = state.assigneeId;
        state.assigneeId = args.assigneeId;
        await record('CASE_REASSIGNED', args.actor.id, { from, to: args.assigneeId, reason: args.reason });
        return state;
      }),
    {
      validator: (args) => {
        validateActor(args.actor);
        if (CLOSED_STAGES.includes(state.progress.stage)) throw ApplicationFailure.nonRetryable('A closed case cannot be reassigned.', 'IllegalTransition');
        if (args.assigneeId === state.assigneeId) throw ApplicationFailure.nonRetryable('The case is already assigned to this person.', 'IllegalTransition');
      },
    },
  );

  const checkApproval = (args: msg.DecideApprovalArgs) => {
    const approval = state.approvals.find((a) => a.id === args.approvalId);
    if (!approval) throw ApplicationFailure.nonRetryable(`The case has no approval ${args.approvalId}.`, 'NotFound');
    if (approval.status !== 'pending') throw ApplicationFailure.nonRetryable(`This approval was already ${approval.status}.`, 'IllegalTransition');
    // Four-eyes: never the person who asked, never the case's own investigator.
    if (approval.requestedBy === args.actor.id) throw ApplicationFailure.nonRetryable('You requested this step; a second supervisor must decide it.', 'FourEyes');
    if (state.assigneeId === args.actor.id) throw ApplicationFailure.nonRetryable('You investigate this case; a supervisor who does not must decide it.', 'FourEyes');
    return approval;
  };

  setHandler(
    msg.decideApprovalUpdate,
    (args) =>
      serially(async () => {
        const approval = checkApproval(args);
        const at = now();
        approval.status = args.approve ? 'approved' : 'rejected';
        approval.decidedBy = args.actor.id;
        approval.decidedAt = at;
        approval.decisionReason = args.reason;
        const blocks = args.approve && approval.kind === 'BLOCK_FACILITY';
        await record(
          args.approve ? 'APPROVAL_GRANTED' : 'APPROVAL_REJECTED',
          args.actor.id,
          { approvalId: approval.id, kind: approval.kind, reason: args.reason },
          at,
          blocks ? { to: 'BLOCKED', reason: `Access refused on case ${state.reference}: ${args.reason}` } : undefined,
        );
        return state;
      }),
    { validator: (args) => { validateActor(args.actor); checkApproval(args); } },
  );

  const checkAcknowledge = (args: msg.AcknowledgeArgs) => {
    const escalation = state.escalations.find((e) => e.id === args.escalationId);
    if (!escalation) throw ApplicationFailure.nonRetryable(`The case has no escalation ${args.escalationId}.`, 'NotFound');
    if (escalation.acknowledgedAt !== null) throw ApplicationFailure.nonRetryable('This escalation was already acknowledged.', 'IllegalTransition');
    return escalation;
  };
  setHandler(
    msg.acknowledgeEscalationUpdate,
    (args) =>
      serially(async () => {
        const escalation = checkAcknowledge(args);
        escalation.acknowledgedBy = args.actor.id;
        escalation.acknowledgedAt = now();
        await record('ESCALATION_ACKNOWLEDGED', args.actor.id, { escalationId: escalation.id, level: escalation.level, note: args.note ?? null });
        return state;
      }),
    { validator: (args) => { validateActor(args.actor); checkAcknowledge(args); } },
  );

  /** Access refused, explicitly or deemed at the end of the ladder: a supervisor must confirm the block. */
  async function denyAccess(actorId: string, at: number, how: 'explicit' | 'deemed', note?: string): Promise<void> {
    move('RECORD_ACCESS_DENIED');
    const visit = findOpenDeadline(state, 'PRC_VISIT');
    if (visit) closeDeadline(state, visit, at, 'refused');
    const approval = requestApproval('BLOCK_FACILITY', actorId, how === 'explicit' ? 'Access to the facility was refused' : 'Visit not granted within 180 days: refusal deemed', at);
    await record('ACCESS_DENIED', actorId, { how, approvalId: approval?.id ?? null, note: note ?? null }, at, { to: 'ACCESS_DENIED', reason: how === 'explicit' ? 'Access refused' : 'Refusal deemed after 180 days' });
  }

  /** One ladder step of one clock: an event, and for some steps an approval or a stage change. */
  async function fireStep(deadline: CaseState['deadlines'][number], step: EscalationStep, at: number): Promise<void> {
    deadline.firedLevels.push(step.level);
    const escalation = {
      id: `${deadline.key}:L${step.level}`,
      deadlineKey: deadline.key,
      level: step.level,
      type: step.type,
      description: step.description,
      occurredAt: at,
      acknowledgedBy: null,
      acknowledgedAt: null,
    };
    state.escalations.push(escalation);
    if (step.type === 'DEEMED_REFUSAL' && deadline.kind === 'PRC_VISIT' && decideMove(state.progress, 'RECORD_ACCESS_DENIED').allowed) {
      await record('ESCALATION_STEP', SYSTEM, stepPayload(deadline.key, deadline.kind, step), at);
      await denyAccess(SYSTEM, at, 'deemed');
      return;
    }
    let approvalId: string | null = null;
    if (step.requiresApproval && step.type === 'PROVISIONAL_WRO') {
      approvalId = requestApproval('PROVISIONAL_WRO', SYSTEM, `Provisional Withhold Release Order recommended: ${deadline.key} unanswered`, at)?.id ?? null;
    }
    await record('ESCALATION_STEP', SYSTEM, { ...stepPayload(deadline.key, deadline.kind, step), approvalId }, at);
  }

  // The opening event, written once (a continued run already has it).
  if (!opened) {
    await serially(() => record('CASE_OPENED', input.openedBy, { facilityId: input.facilityId, allegation: input.allegation, assigneeId: input.assigneeId }, Date.parse(input.openedAt), { to: 'UNDER_INVESTIGATION', reason: 'Case opened' }));
    opened = true;
  }

  // The clock loop: one timer, armed for the nearest instant; any change re-arms it.
  for (;;) {
    const seen = generation;
    const next = nextInstant(state);
    const changed = next === null ? await condition(() => generation !== seen) : await condition(() => generation !== seen, Math.max(next - now(), 1));
    if (!changed) {
      await serially(async () => {
        for (const due of dueSteps(state, now())) {
          if (due.deadline.status === 'open' && !due.deadline.firedLevels.includes(due.step.level)) await fireStep(due.deadline, due.step, due.at);
        }
      });
      generation++;
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof inspectionCase>(input, state);
    }
  }
}

function stepPayload(deadlineKey: string, kind: DeadlineKind, step: EscalationStep) {
  return { deadlineKey, kind, level: step.level, step: step.type, description: step.description, notify: step.notify };
}

/**
 * Mirrors the essentials into search attributes for operators, when the starter registered them
 * (the API starts every case with CaseStage; a server without them, such as the time-skipping
 * test server, gets none).
 */
function mirrorSearchAttributes(state: CaseState): void {
  if (workflowInfo().typedSearchAttributes.get(CaseStageKey) === undefined) return;
  const next = nextDueDate(state);
  upsertSearchAttributes([
    { key: CaseStageKey, value: state.progress.stage },
    { key: NextDeadlineAtKey, value: next === null ? null : new Date(next) },
    { key: EscalationLevelKey, value: escalationLevel(state) },
  ]);
}

function validateActor(actor: Actor | undefined): void {
  if (!actor?.id) throw ApplicationFailure.nonRetryable('The action has no actor.', 'BadRequest');
}

/** `at` may record something that happened earlier, never in the future or before the case. */
function validatePastInstant(at: string | undefined, now: number): void {
  if (at === undefined) return;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw ApplicationFailure.nonRetryable(`${at} is not a date.`, 'BadRequest');
  if (ms > now + 60_000) throw ApplicationFailure.nonRetryable('The date cannot be in the future.', 'BadRequest');
}

function effectiveTime(at: string | undefined, now: number): number {
  return at === undefined ? now : Math.min(Date.parse(at), now);
}

const iso = (ms: number): string => new Date(ms).toISOString();
const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));
