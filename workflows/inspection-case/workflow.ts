import { allHandlersFinished, condition, continueAsNew, patched, setHandler } from '@temporalio/workflow';
import { DEFAULT_DEADLINE_RULES, initialProgress } from '@mou/domain';
import { registerApprovals } from './approvals';
import { registerAssignment } from './assignment';
import { caseContext } from './case-context';
import { registerClockSupervision } from './clock-supervision';
import { runClockLoop } from './clock-loop';
import { registerInvestigatorMoves } from './investigator-moves';
import { registerSettingsReprojection } from './settings-reprojection';
import * as msg from './messages';
import type { CaseState, InspectionCaseInput } from './types';

/**
 * One inspection request against one facility, from opening to its outcome. The workflow owns
 * the stage and every clock, the ladder's steps and the reminders of steps nobody acknowledged;
 * each change is committed as a hash-chained event with the read model.
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
  // Runs started before reminders moved into the workflow keep their recorded timers.
  const ctx = caseContext(state, patched('escalation-reminders-in-case'), patched('facts-at-their-instant'));

  setHandler(msg.caseStateQuery, () => state);
  setHandler(msg.caseOpenedUpdate, async () => {
    await condition(() => opened);
    return state;
  });
  registerInvestigatorMoves(ctx);
  registerClockSupervision(ctx);
  registerAssignment(ctx);
  registerApprovals(ctx);
  registerSettingsReprojection(ctx, input.rulesVersion);

  // The opening event, written once (a continued run already has it).
  if (!opened) {
    await ctx.record('CASE_OPENED', input.openedBy, { facilityId: input.facilityId, allegation: input.allegation, assigneeId: input.assigneeId, ...(input.rulesVersion ? { rulesVersion: input.rulesVersion } : {}) }, Date.parse(input.openedAt), {
      to: 'UNDER_INVESTIGATION',
      reason: 'Case opened',
      fact: { kind: 'CASE_OPENED' },
    });
    opened = true;
  }

  await runClockLoop(ctx);
  await condition(allHandlersFinished);
  return continueAsNew<typeof inspectionCase>(input, state);
}
