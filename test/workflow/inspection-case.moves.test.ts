import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '@mou/domain';
import { caseStateQuery, decideApprovalUpdate, InspectionCaseInput, requestVisitUpdate } from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };
const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };

describe('inspectionCase moves (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'moves';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function openCase(rules?: InspectionCaseInput['rules']) {
    const caseId = randomUUID();
    const input: InspectionCaseInput = {
      caseId,
      facilityId: randomUUID(),
      allegation: { summary: 'Carpets', source: 'Witness', productCategories: ['CARPETS'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
      ...(rules ? { rules } : {}),
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    return { caseId, handle };
  }

  it('accepts one of two visit requests sent at once and refuses the other with the reason, recording one request', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      const outcomes = await Promise.allSettled([
        handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator, note: 'first' }] }),
        handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator, note: 'second' }] }),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected')!.reason as WorkflowUpdateFailedError;
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refused.cause as Error).message).toBe('A visit was already requested on this case; a case carries one visit request per cycle.');
      await handle.query(caseStateQuery);
      expect(recorded.of(caseId).filter((e) => e.type === 'VISIT_REQUESTED')).toHaveLength(1);
      expect((await handle.query(caseStateQuery)).deadlines.map((d) => d.key)).toEqual(['PRC_VISIT-1']);
      await handle.terminate('test over');
    });
  });

  it("deems the visit refused on the day the ladder in force says, in the approval's words, and lets another supervisor block", async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
      // An administrator's ladder: refusal deemed 30 days after the due date, day 90 from the request.
      const rule: DeadlineRule = { ...visit, ladder: visit.ladder.map((s) => (s.type === 'DEEMED_REFUSAL' ? { ...s, offsetDaysFromDue: 30 } : s)).filter((s) => s.type !== 'PROVISIONAL_WRO' && s.type !== 'SENIOR_ESCALATION') };
      const { caseId, handle } = await openCase({ PRC_VISIT: rule });
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator }] });
      await env.sleep(91 * DAY);
      const state = await handle.query(caseStateQuery);
      expect(state.progress.stage).toBe('ACCESS_DENIED');
      const block = state.approvals.find((a) => a.kind === 'BLOCK_FACILITY')!;
      expect(block.reason).toBe('Visit not granted within 90 days: refusal deemed');
      expect(recorded.facilityNotices.filter((n) => n.caseId === caseId).map((n) => [n.to, n.reason])).toEqual([
        ['UNDER_INVESTIGATION', 'Case opened'],
        ['ACCESS_DENIED', 'Refusal deemed after 90 days'],
      ]);

      await expect(handle.executeUpdate(decideApprovalUpdate, { args: [{ actor: investigator, approvalId: block.id, approve: true, reason: 'Mine' }] })).rejects.toThrow(WorkflowUpdateFailedError);
      await handle.executeUpdate(decideApprovalUpdate, { args: [{ actor: supervisor, approvalId: block.id, approve: true, reason: 'No access for 90 days' }] });
      expect(recorded.facilityNotices.filter((n) => n.caseId === caseId).at(-1)).toMatchObject({ to: 'BLOCKED', reason: 'Access refused on case MOU-TEST-000001: No access for 90 days' });
      await recordHistory(handle, 'visit-deemed-refused-then-blocked');
      await handle.terminate('test over');
    });
  });
});
