import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import {
  caseStateQuery,
  InspectionCaseInput,
  pauseDeadlineUpdate,
  recordVisitUpdate,
  requestVisitUpdate,
  resumeDeadlineUpdate,
} from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };
const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };

describe('inspectionCase clocks (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'clocks';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function openCase(): Promise<{ caseId: string; handle: ReturnType<typeof env.client.workflow.getHandle> }> {
    const caseId = randomUUID();
    const input: InspectionCaseInput = {
      caseId,
      facilityId: randomUUID(),
      allegation: { summary: 'Presses', source: 'NGO', productCategories: ['MACHINE_PRESSES'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    return { caseId, handle };
  }

  const ladder = (caseId: string, since: number) =>
    recorded
      .of(caseId)
      .filter((e) => e.type === 'ESCALATION_STEP' || e.type === 'ACCESS_DENIED')
      .map((e) => ({ type: e.type === 'ACCESS_DENIED' ? 'ACCESS_DENIED' : (e.payload.step as string), day: Math.round((Date.parse(e.occurredAt) - since) / DAY) }));

  it('escalates a visit never held at day 45, 60, 90, 120 and 180, in order, once each', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator }] });
      const requestedAt = Date.parse(recorded.of(caseId).find((e) => e.type === 'VISIT_REQUESTED')!.occurredAt);
      await env.sleep(200 * DAY);
      await handle.query(caseStateQuery);
      expect(ladder(caseId, requestedAt)).toEqual([
        { type: 'REMINDER', day: 45 },
        { type: 'BREACH', day: 60 },
        { type: 'SENIOR_ESCALATION', day: 90 },
        { type: 'PROVISIONAL_WRO', day: 120 },
        { type: 'DEEMED_REFUSAL', day: 180 },
        { type: 'ACCESS_DENIED', day: 180 },
      ]);
      const state = await handle.query(caseStateQuery);
      expect(state.progress.stage).toBe('ACCESS_DENIED');
      expect(state.approvals.map((a) => [a.kind, a.status])).toEqual([
        ['PROVISIONAL_WRO', 'pending'],
        ['BLOCK_FACILITY', 'pending'],
      ]);
      await recordHistory(handle, 'visit-never-held-full-ladder');
      // Unacknowledged escalations keep reminding; end the case so the next test's time skips freely.
      await handle.terminate('test over');
    });
  });

  it('moves every later step by 10 days when the clock is paused for 10 days', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator }] });
      const requestedAt = Date.parse(recorded.of(caseId).find((e) => e.type === 'VISIT_REQUESTED')!.occurredAt);
      await env.sleep(20 * DAY);
      await handle.executeUpdate(pauseDeadlineUpdate, { args: [{ actor: supervisor, deadlineKey: 'PRC_VISIT-1', reason: 'PRC asked for translated evidence' }] });
      await env.sleep(10 * DAY);
      await handle.executeUpdate(resumeDeadlineUpdate, { args: [{ actor: supervisor, deadlineKey: 'PRC_VISIT-1', reason: 'Evidence delivered' }] });
      await env.sleep(200 * DAY);
      await handle.query(caseStateQuery);
      expect(ladder(caseId, requestedAt).map((s) => s.day)).toEqual([55, 70, 100, 130, 190, 190]);
      const state = await handle.query(caseStateQuery);
      expect(state.deadlines[0].ledger.pauses).toHaveLength(1);
      await recordHistory(handle, 'visit-paused-ten-days');
      // Unacknowledged escalations keep reminding; end the case so the next test's time skips freely.
      await handle.terminate('test over');
    });
  });

  it('stops the ladder when the visit is held on day 59', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator }] });
      const requestedAt = Date.parse(recorded.of(caseId).find((e) => e.type === 'VISIT_REQUESTED')!.occurredAt);
      await env.sleep(59 * DAY);
      await handle.executeUpdate(recordVisitUpdate, { args: [{ actor: investigator, fullAccess: true }] });
      await env.sleep(40 * DAY);
      const state = await handle.query(caseStateQuery);
      // Only the visit clock's reminder (day 45) fired; the US report clock opened on day 59 has not reached its own.
      expect(ladder(caseId, requestedAt)).toEqual([{ type: 'REMINDER', day: 45 }]);
      expect(state.deadlines.map((d) => [d.key, d.status])).toEqual([
        ['PRC_VISIT-1', 'met'],
        ['US_VISIT_REPORT-1', 'open'],
      ]);
      expect(state.progress.stage).toBe('VISIT_CONDUCTED');
      await recordHistory(handle, 'visit-held-day-59');
      // Unacknowledged escalations keep reminding; end the case so the next test's time skips freely.
      await handle.terminate('test over');
    });
  });
});
