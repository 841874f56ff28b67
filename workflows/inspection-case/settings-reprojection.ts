import { setHandler } from '@temporalio/workflow';
import { dueAt, isCaseOpen, type DeadlineKind, type DeadlineRule } from '@mou/domain';
import { CASE_CALENDAR } from './case-clocks';
import { CaseContext, isoOrNull, refuse, validateActor } from './case-context';
import { applySettingsUpdate, type ApplySettingsArgs } from './settings-messages';
import type { CaseState } from './types';

/** One clock whose due date a settings version moved. */
export interface MovedDueDate {
  deadlineKey: string;
  kind: DeadlineKind;
  dueAt: { from: string | null; to: string | null };
}

/**
 * The case on another settings version, decided without I/O: every open clock is measured on the old
 * and the new rule; a closed clock keeps the rule it ran on (its due date and explanation stay as
 * they were). Mutates `state`; returns the due dates that moved.
 */
export function reprojectOnSettings(state: CaseState, version: number, rules: Partial<Record<DeadlineKind, DeadlineRule>>): MovedDueDate[] {
  const before = state.rules;
  const after = { ...state.rules, ...rules };
  const moved: MovedDueDate[] = [];
  for (const deadline of state.deadlines) {
    if (deadline.status !== 'open') {
      deadline.rule ??= before[deadline.kind];
      continue;
    }
    const from = dueAt(before[deadline.kind], deadline.ledger, CASE_CALENDAR);
    const to = dueAt(after[deadline.kind], deadline.ledger, CASE_CALENDAR);
    if (from !== to) moved.push({ deadlineKey: deadline.key, kind: deadline.kind, dueAt: { from: isoOrNull(from), to: isoOrNull(to) } });
  }
  state.rules = after;
  state.rulesVersion = version;
  return moved;
}

/**
 * The administrator's apply-to-open action on this case (docs/domain.md §4): exactly once per
 * version, on an open case only. The event is written with the re-projected read model, and the
 * commit re-arms the clock loop on the nearest instant of the new rules: a step the new rules put
 * in the past fires at once, dated at the instant those rules give it; steps already fired stay fired.
 */
export function registerSettingsReprojection(ctx: CaseContext, openedOn: number | undefined): void {
  const { state } = ctx;
  const inForce = (): number | null => state.rulesVersion ?? openedOn ?? null;
  const check = (args: ApplySettingsArgs) => {
    validateActor(args.actor);
    if (!Number.isInteger(args.version) || args.version < 1) refuse('A settings version is a whole number from 1.', 'BadRequest', 'version');
    if (typeof args.rules !== 'object' || args.rules === null) refuse('The settings version needs its clock rules.', 'BadRequest', 'rules');
    for (const kind of Object.keys(args.rules)) {
      if (!(kind in state.rules)) refuse(`${kind} is not a clock of this case.`, 'BadRequest', 'rules');
    }
    if (!isCaseOpen(state.progress)) refuse('The case is closed: its clocks keep the rules they ran on.', 'IllegalTransition');
  };
  setHandler(
    applySettingsUpdate,
    async (args) => {
      const from = inForce();
      // A version the case already runs on (or an older one) changes nothing: applying twice is harmless.
      if (from !== null && args.version <= from) return state;
      const moved = reprojectOnSettings(state, args.version, args.rules);
      await ctx.record('SETTINGS_APPLIED', args.actor.id, { settings: { from, to: args.version }, deadlines: moved });
      return state;
    },
    { validator: check },
  );
}
