import { setHandler } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { clockHoldDateRefusal } from '@mou/domain';
import { CaseContext, refuse, validateActor } from './case-context';
import * as msg from './messages';
import type { CaseDeadline, CaseState } from './types';

const isPaused = (d: CaseDeadline) => d.ledger.pauses.some((p) => p.resumedAt === undefined);

/**
 * A supervisor's hold on the clocks (docs/domain.md §4): pause and resume with a reason, extend
 * by days; each is a ledger entry, so every due date stays explainable. And the acknowledgement
 * of an escalation, which stops its reminders.
 */
export function registerClockSupervision(ctx: CaseContext): void {
  const { state } = ctx;

  // A pause or resume dated in the past takes effect then (docs/domain.md §4); runs from before
  // dated holds keep the time of entry.
  const heldAt = (args: msg.DeadlineArgs, now: number) => (ctx.correctsLateFacts && args.at !== undefined ? Math.min(Date.parse(args.at), now) : now);
  const holdRefusal = (hold: 'pause' | 'resume', d: CaseDeadline, args: msg.DeadlineArgs) => {
    if (!ctx.correctsLateFacts) return;
    const lastStepAt = state.escalations.filter((e) => e.deadlineKey === d.key && !e.withdrawnAt).reduce<number | null>((max, e) => Math.max(max ?? 0, e.occurredAt), null);
    const resumes = d.ledger.pauses.map((p) => p.resumedAt).filter((r): r is number => r !== undefined);
    const refusal = clockHoldDateRefusal(
      hold,
      args.at,
      {
        startedAt: d.ledger.startedAt,
        pausedAt: d.ledger.pauses.find((p) => p.resumedAt === undefined)?.pausedAt ?? null,
        lastResumedAt: resumes.length ? Math.max(...resumes) : null,
        lastStepAt,
      },
      ctx.now(),
    );
    if (refusal?.status === 400) refuse(refusal.reason, 'BadRequest', refusal.field);
    if (refusal) refuse(refusal.reason, 'IllegalTransition');
  };

  onOpenDeadline(
    ctx,
    msg.pauseDeadlineUpdate,
    (d, args) => {
      if (isPaused(d)) return `Deadline ${d.key} is already paused.`;
      holdRefusal('pause', d, args);
      return null;
    },
    (d, args, now) => {
      const at = heldAt(args, now);
      d.ledger.pauses.push({ pausedAt: at, reason: args.reason, by: args.actor.id });
      return ctx.record('DEADLINE_PAUSED', args.actor.id, { deadlineKey: d.key, reason: args.reason }, at);
    },
  );

  onOpenDeadline(
    ctx,
    msg.resumeDeadlineUpdate,
    (d, args) => {
      if (!isPaused(d)) return `Deadline ${d.key} is not paused.`;
      holdRefusal('resume', d, args);
      return null;
    },
    (d, args, now) => {
      const at = heldAt(args, now);
      const pause = d.ledger.pauses.find((p) => p.resumedAt === undefined)!;
      pause.resumedAt = at;
      return ctx.record('DEADLINE_RESUMED', args.actor.id, { deadlineKey: d.key, reason: args.reason, pausedDays: (at - pause.pausedAt) / 86_400_000 }, at);
    },
  );

  onOpenDeadline<msg.ExtendArgs>(
    ctx,
    msg.extendDeadlineUpdate,
    () => null,
    (d, args, at) => {
      d.ledger.extensions.push({ amount: args.days, unit: 'calendar_days', reason: args.reason, by: args.actor.id, at });
      return ctx.record('DEADLINE_EXTENDED', args.actor.id, { deadlineKey: d.key, days: args.days, reason: args.reason });
    },
  );

  const escalationOf = (id: string) => state.escalations.find((e) => e.id === id);
  setHandler(
    msg.acknowledgeEscalationUpdate,
    async (args) => {
      const escalation = escalationOf(args.escalationId)!;
      escalation.acknowledgedBy = args.actor.id;
      escalation.acknowledgedAt = ctx.now();
      await ctx.record('ESCALATION_ACKNOWLEDGED', args.actor.id, { escalationId: escalation.id, level: escalation.level, note: args.note ?? null });
      return state;
    },
    {
      validator: (args) => {
        validateActor(args.actor);
        const escalation = escalationOf(args.escalationId);
        if (!escalation) refuse(`The case has no escalation ${args.escalationId}.`, 'NotFound');
        if (escalation.acknowledgedAt !== null) refuse('This escalation was already acknowledged.', 'IllegalTransition');
        if (escalation.withdrawnAt) refuse('This escalation was withdrawn: a fact dated before it corrected the ladder.', 'IllegalTransition');
      },
    },
  );
}

/** An action on one open clock: the validator finds it and asks `refusal`; the handler applies. */
function onOpenDeadline<A extends msg.DeadlineArgs>(
  ctx: CaseContext,
  def: UpdateDefinition<CaseState, [A]>,
  refusal: (deadline: CaseDeadline, args: A) => string | null,
  apply: (deadline: CaseDeadline, args: A, at: number) => Promise<unknown>,
): void {
  const deadlineOf = (key: string) => ctx.state.deadlines.find((d) => d.key === key);
  setHandler(
    def,
    async (args: A) => {
      await apply(deadlineOf(args.deadlineKey)!, args, ctx.now());
      return ctx.state;
    },
    {
      validator: (args: A) => {
        validateActor(args.actor);
        const deadline = deadlineOf(args.deadlineKey);
        if (!deadline) refuse(`The case has no deadline ${args.deadlineKey}.`, 'NotFound');
        if (deadline.status !== 'open') refuse(`Deadline ${args.deadlineKey} is already ${deadline.status}.`, 'IllegalTransition');
        const reason = refusal(deadline, args);
        if (reason !== null) refuse(reason, 'IllegalTransition');
      },
    },
  );
}
