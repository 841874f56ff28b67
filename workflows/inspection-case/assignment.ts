import { setHandler } from '@temporalio/workflow';
import { reassignmentRefusal } from '@mou/domain';
import { CaseContext, refuse, validateActor } from './case-context';
import * as msg from './messages';

/** A supervisor hands the case to another investigator (docs/domain.md §2). */
export function registerAssignment(ctx: CaseContext): void {
  const { state } = ctx;
  setHandler(
    msg.reassignCaseUpdate,
    async (args) => {
      const from = state.assigneeId;
      state.assigneeId = args.assigneeId;
      await ctx.record('CASE_REASSIGNED', args.actor.id, { from, to: args.assigneeId, reason: args.reason });
      return state;
    },
    {
      validator: (args) => {
        validateActor(args.actor);
        const reason = reassignmentRefusal(state.progress, state.assigneeId, args.assigneeId);
        if (reason !== null) refuse(reason, 'IllegalTransition');
      },
    },
  );
}
