import { patched, setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { CaseAction, CaseOutcome, factDateRefusal, moveRefusal, visitCorrectsDeemedRefusal } from '@mou/domain';
import { proposeFinding } from '../enforcement-order/case-orders';
import { concludeApprovals, FACILITY_FACTS, recordAccessDenied } from './approvals';
import { applyMove } from './case-clocks';
import { CaseContext, iso, refuse, validateActor } from './case-context';
import { factInstants, prcReportCorrections, prcReportCorrectsClock, withdrawDeemedRefusal } from './fact-corrections';
import { withDocuments } from './documents';
import * as msg from './messages';
import type { CaseDeadline, CaseState } from './types';

type MovedClocks = { closed: CaseDeadline[]; opened: CaseDeadline[] };

/**
 * The investigator's moves on the case (docs/domain.md §3). Each is checked once, by its
 * validator, before it reaches history; the handler then applies it (stage and clocks) and
 * records the event that says what happened.
 */
export function registerInvestigatorMoves(ctx: CaseContext): void {
  const note = (args: msg.ActionArgs) => args.note ?? null;
  // The event is dated when the fact took effect (runs from before facts were dated keep the time of entry).
  const eventAt = (at: number) => (ctx.correctsLateFacts ? at : ctx.now());

  onMove(ctx, msg.requestInvestigationUpdate, 'REQUEST_INVESTIGATION', (args, at, { opened: [deadline] }) =>
    ctx.record('INVESTIGATION_REQUESTED', args.actor.id, { deadlineKey: deadline.key, requestedAt: iso(at), note: note(args) }, eventAt(at)),
  );

  onMove(ctx, msg.requestVisitUpdate, 'REQUEST_VISIT', (args, at, { opened: [deadline] }) =>
    ctx.record('VISIT_REQUESTED', args.actor.id, { deadlineKey: deadline.key, requestedAt: iso(at), note: note(args) }, eventAt(at)),
  );

  onMove(ctx, msg.recordPrcReportUpdate, 'RECORD_PRC_REPORT', (args, at, { closed: [deadline] }) =>
    ctx.record('PRC_REPORT_RECEIVED', args.actor.id, { receivedAt: iso(at), deadlineStatus: deadline?.status ?? null, note: note(args) }, eventAt(at)),
  );

  onMove<msg.ScheduleVisitArgs>(ctx, msg.scheduleVisitUpdate, 'SCHEDULE_VISIT', (args) =>
    ctx.record('VISIT_SCHEDULED', args.actor.id, { scheduledFor: args.scheduledFor, note: note(args) }),
  );

  // The visit stops the PRC's clock and starts the US's: its report is owed within 60 days (SOC 1994).
  // The facility's status follows the visit (docs/domain.md §6); runs from before told it nothing.
  onMove<msg.RecordVisitArgs>(ctx, msg.recordVisitUpdate, 'RECORD_VISIT', (args, at, { closed: [visit], opened: [report] }) =>
    ctx.record(
      'VISIT_CONDUCTED',
      args.actor.id,
      { heldAt: iso(at), fullAccess: args.fullAccess, visitDeadlineStatus: visit?.status ?? null, reportDeadlineKey: report.key, note: note(args) },
      eventAt(at),
      patched(FACILITY_FACTS)
        ? { reason: (reference) => `Visit on case ${reference} ${args.fullAccess ? 'with' : 'without'} full access`, fact: { kind: 'VISIT', fullAccess: args.fullAccess }, at }
        : undefined,
    ),
  );

  onMove(ctx, msg.issueUsReportUpdate, 'ISSUE_US_REPORT', (args, at, { closed: [deadline] }) =>
    ctx.record('US_REPORT_ISSUED', args.actor.id, { issuedAt: iso(at), deadlineStatus: deadline?.status ?? null, note: note(args) }, eventAt(at)),
  );

  onMove(ctx, msg.recordAccessDeniedUpdate, 'RECORD_ACCESS_DENIED', (args, at) => recordAccessDenied(ctx, args.actor.id, at, { how: 'explicit', note: args.note }));

  // Closing or withdrawing concludes the case for its facility and cancels what still waits on it
  // (docs/domain.md §6); runs from before did neither.
  onMove<msg.CloseArgs>(
    ctx,
    msg.closeCaseUpdate,
    'CLOSE',
    (args) => {
      // A recommended finding is proposed to the register (runs from before it propose none).
      const finding = () => (args.outcome === 'FINDING_RECOMMENDED' && patched('finding-proposes-order') ? proposeFinding(ctx.state, args.actor.id, note(args), ctx.now()) : undefined);
      if (!patched(FACILITY_FACTS)) return ctx.record('CASE_CLOSED', args.actor.id, { outcome: args.outcome, note: note(args) }).then(finding);
      const at = ctx.now();
      const concluded = concludeApprovals(ctx, args.actor.id, args.outcome, at, `The case was closed with outcome ${args.outcome}.`);
      const closed = ctx.record('CASE_CLOSED', args.actor.id, { outcome: args.outcome, note: note(args), blockApprovalId: concluded.blockApprovalId }, at, {
        reason: (reference) => `Case ${reference} closed with outcome ${args.outcome}`,
        fact: { kind: 'CASE_CLOSED', outcome: args.outcome, blockApprovalId: concluded.blockApprovalId },
      });
      return Promise.all([closed, ...concluded.record()]).then(finding);
    },
    (args) => args.outcome,
  );

  onMove(ctx, msg.withdrawCaseUpdate, 'WITHDRAW', (args) => {
    if (!patched(FACILITY_FACTS)) return ctx.record('CASE_WITHDRAWN', args.actor.id, { note: note(args) });
    const at = ctx.now();
    const concluded = concludeApprovals(ctx, args.actor.id, null, at, 'The case was withdrawn.');
    const withdrawn = ctx.record('CASE_WITHDRAWN', args.actor.id, { note: note(args) }, at, {
      reason: (reference) => `Case ${reference} withdrawn`,
      fact: { kind: 'CASE_WITHDRAWN' },
    });
    return Promise.all([withdrawn, ...concluded.record()]);
  });

  onMove(ctx, msg.reopenCaseUpdate, 'REOPEN', (args, at) => {
    ctx.state.cycle++;
    if (ctx.correctsLateFacts) {
      ctx.state.cycleStartedAt = at;
      ctx.state.accessDenial = null;
    }
    const facility = patched(FACILITY_FACTS) ? { reason: (reference: string | null) => `Case ${reference} reopened`, fact: { kind: 'CASE_REOPENED' } as const } : undefined;
    return ctx.record('CASE_REOPENED', args.actor.id, { cycle: ctx.state.cycle, note: note(args) }, ctx.now(), facility);
  });

  onMove(ctx, msg.beginEnforcementReviewUpdate, 'BEGIN_ENFORCEMENT_REVIEW', (args) =>
    ctx.record('ENFORCEMENT_REVIEW_BEGUN', args.actor.id, { note: note(args) }),
  );
}

/**
 * One move: the validator refuses it (the domain's reason) before history; the handler applies
 * it, in the same activation, so the next validator sees the case as this move left it.
 * `record` is called before the handler's first await, so events keep the order of the moves.
 */
function onMove<A extends msg.ActionArgs>(
  ctx: CaseContext,
  def: UpdateDefinition<CaseState, [A]>,
  action: CaseAction,
  record: (args: A, at: number, clocks: MovedClocks) => Promise<unknown>,
  outcomeOf?: (args: A) => CaseOutcome,
): void {
  setHandler(
    def,
    async (args: A) => {
      const at = effectiveTime(args.at, ctx.now());
      const corrections = lateFactCorrections(ctx, action, args, at);
      const clocks = applyMove(ctx.state, action, at, outcomeOf?.(args));
      await Promise.all([...corrections, withDocuments(ctx, args.documents, () => record(args, at, clocks))]);
      return ctx.state;
    },
    {
      validator: (args: A) => {
        validateActor(args.actor);
        if (!ctx.correctsLateFacts) {
          const reason = moveRefusal(ctx.state.progress, action, { outcome: outcomeOf?.(args) });
          if (reason !== null) refuse(reason, 'IllegalTransition');
          validatePastInstant(args.at, ctx.now());
          return;
        }
        // Dated facts (docs/domain.md §4): a date that cannot be is a 400 naming its field; a date
        // the record contradicts is a 409 naming the fact it contradicts. Nothing is written.
        const dated = factDateRefusal(action, args.at, factInstants(ctx.state), ctx.now());
        if (dated?.status === 400) refuse(dated.reason, 'BadRequest', dated.field);
        const progress = correctsDeemedRefusal(ctx, action, args) ? { ...ctx.state.progress, accessDenied: false } : ctx.state.progress;
        const reason = moveRefusal(progress, action, { outcome: outcomeOf?.(args) });
        if (reason !== null) refuse(reason, 'IllegalTransition');
        if (dated) refuse(dated.reason, 'IllegalTransition');
      },
    },
  );
}

/**
 * What a fact dated before ladder steps that already fired corrects (docs/domain.md §4, §5): a visit
 * before the deemed refusal withdraws it and the visit steps after it; a PRC report withdraws the
 * steps of its clock after its date (runs from before this keep those steps).
 */
function lateFactCorrections(ctx: CaseContext, action: CaseAction, args: msg.ActionArgs, at: number): Promise<unknown>[] {
  if (correctsDeemedRefusal(ctx, action, args)) return withdrawDeemedRefusal(ctx, args.actor.id, at);
  const correctsPrcClock = ctx.correctsLateFacts && action === 'RECORD_PRC_REPORT' && prcReportCorrectsClock(ctx.state, at);
  if (correctsPrcClock && patched('prc-report-corrects-its-clock')) return prcReportCorrections(ctx, args.actor.id, at);
  return [];
}

/** A visit dated before the refusal the ladder deemed: it corrects the refusal instead of being refused by it. */
function correctsDeemedRefusal(ctx: CaseContext, action: CaseAction, args: msg.ActionArgs): boolean {
  if (!ctx.correctsLateFacts || action !== 'RECORD_VISIT' || args.at === undefined) return false;
  const at = Date.parse(args.at);
  return !Number.isNaN(at) && visitCorrectsDeemedRefusal(factInstants(ctx.state), at);
}

/** Runs started before dated facts were checked against each other: only the future is refused. */
function validatePastInstant(at: string | undefined, now: number): void {
  if (at === undefined) return;
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) refuse(`${at} is not a date.`, 'BadRequest');
  if (ms > now + 60_000) refuse('The date cannot be in the future.', 'BadRequest');
}

function effectiveTime(at: string | undefined, now: number): number {
  return at === undefined ? now : Math.min(Date.parse(at), now);
}
