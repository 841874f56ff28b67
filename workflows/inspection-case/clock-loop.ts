import { condition, workflowInfo } from '@temporalio/workflow';
import { DeadlineKind, EscalationStep, moveRefusal } from '@mou/domain';
import { recordAccessDenied, requestApproval } from './approvals';
import { applyMove, dueReminders, dueSteps, nextClockInstant } from './case-clocks';
import { CaseContext, SYSTEM } from './case-context';
import { draftNoteAtBreach } from './diplomatic-notes';
import type { CaseDeadline, CaseEscalation } from './types';

/**
 * The clocks' one timer, armed for the nearest instant a ladder step or a reminder falls due; any
 * change to the case re-arms it. Returns when Temporal suggests continuing as a new run.
 */
export async function runClockLoop(ctx: CaseContext): Promise<void> {
  for (;;) {
    const seen = ctx.generation;
    const next = ctx.timerAt;
    const changed = next === null ? await condition(() => ctx.generation !== seen) : await condition(() => ctx.generation !== seen, Math.max(next - ctx.now(), 1));
    if (!changed) {
      await fireDue(ctx);
      ctx.timerAt = nextClockInstant(ctx.state, ctx.remindsUnacknowledged);
      ctx.generation++;
    }
    if (workflowInfo().continueAsNewSuggested) return;
  }
}

/** Everything due now, in the order it falls: ladder steps first, then reminders of steps nobody acknowledged. */
async function fireDue(ctx: CaseContext): Promise<void> {
  const recorded: Promise<unknown>[] = [];
  for (const due of dueSteps(ctx.state, ctx.now())) {
    if (due.deadline.status === 'open' && !due.deadline.firedLevels.includes(due.step.level)) recorded.push(...fireStep(ctx, due.deadline, due.step, due.at));
  }
  if (ctx.remindsUnacknowledged) {
    for (const due of dueReminders(ctx.state, ctx.now())) recorded.push(remind(ctx, due.escalation, due.step, due.at));
  }
  await Promise.all(recorded);
}

/** One ladder step of one clock (docs/domain.md §5): an event, and for some steps an approval or a stage change. */
function fireStep(ctx: CaseContext, deadline: CaseDeadline, step: EscalationStep, at: number): Promise<unknown>[] {
  const { state } = ctx;
  deadline.firedLevels.push(step.level);
  const escalation: CaseEscalation = {
    id: `${deadline.key}:L${step.level}`,
    deadlineKey: deadline.key,
    level: step.level,
    type: step.type,
    description: step.description,
    occurredAt: at,
    acknowledgedBy: null,
    acknowledgedAt: null,
    remindersSent: 0,
    lastRemindedAt: null,
  };
  state.escalations.push(escalation);
  if (step.type === 'DEEMED_REFUSAL' && deadline.kind === 'PRC_VISIT' && moveRefusal(state.progress, 'RECORD_ACCESS_DENIED') === null) {
    const stepRecorded = ctx.record('ESCALATION_STEP', SYSTEM, stepPayload(deadline.key, deadline.kind, step), at).then(keepSequence(escalation));
    applyMove(state, 'RECORD_ACCESS_DENIED', at);
    return [stepRecorded, recordAccessDenied(ctx, SYSTEM, at, { how: 'deemed', rule: state.rules[deadline.kind], step })];
  }
  let approvalId: string | null = null;
  if (step.requiresApproval && step.type === 'PROVISIONAL_WRO') {
    approvalId = requestApproval(state, 'PROVISIONAL_WRO', SYSTEM, `Provisional Withhold Release Order recommended: ${deadline.key} unanswered`, at)?.id ?? null;
  }
  const recorded: Promise<unknown>[] = [ctx.record('ESCALATION_STEP', SYSTEM, { ...stepPayload(deadline.key, deadline.kind, step), approvalId }, at).then(keepSequence(escalation))];
  // The breach of a PRC clock drafts the diplomatic note; the senior escalation's event puts the case on the bilateral agenda.
  const note = step.type === 'BREACH' ? draftNoteAtBreach(ctx, deadline, at) : null;
  if (note) recorded.push(note);
  return recorded;
}

/** Keeps the step's event sequence, so a correction can name the event it withdraws. */
const keepSequence = (escalation: CaseEscalation) => (sequence: number) => {
  escalation.sequence = sequence;
};

/** A step nobody acknowledged, brought to the supervisors again; its words are the rule's. */
function remind(ctx: CaseContext, escalation: CaseEscalation, step: EscalationStep, at: number): Promise<number> {
  escalation.remindersSent = (escalation.remindersSent ?? 0) + 1;
  escalation.lastRemindedAt = at;
  return ctx.record(
    'ESCALATION_REMINDER',
    SYSTEM,
    {
      escalationId: escalation.id,
      deadlineKey: escalation.deadlineKey,
      level: escalation.level,
      step: step.type,
      description: step.description,
      reminder: escalation.remindersSent,
      remindEveryHours: step.remindEveryHours,
      notify: ['supervisors'],
    },
    at,
  );
}

function stepPayload(deadlineKey: string, kind: DeadlineKind, step: EscalationStep) {
  return { deadlineKey, kind, level: step.level, step: step.type, description: step.description, notify: step.notify };
}
