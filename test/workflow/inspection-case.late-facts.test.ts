import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import {
  caseStateQuery,
  InspectionCaseInput,
  issueUsReportUpdate,
  pauseDeadlineUpdate,
  recordPrcReportUpdate,
  recordVisitUpdate,
  requestInvestigationUpdate,
  requestVisitUpdate,
  resumeDeadlineUpdate,
} from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };
const iso = (ms: number) => new Date(ms).toISOString();

/** The refusal the workflow gave, as the API would read it: its type (400/409) and sentence. */
async function refusalOf(update: Promise<unknown>): Promise<{ type: string | undefined; message: string }> {
  const error = await update.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  const cause = (error as WorkflowUpdateFailedError).cause as ApplicationFailure;
  return { type: cause.type ?? undefined, message: cause.message };
}

describe('inspectionCase: facts entered late take effect at their own instant (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'late-facts';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function openCase() {
    const caseId = randomUUID();
    const input: InspectionCaseInput = {
      caseId,
      facilityId: randomUUID(),
      allegation: { summary: 'Hand tools', source: 'Former inmate', productCategories: ['TOOLS'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    return { caseId, handle };
  }

  it('records a visit held on day 75 after the ladder deemed access refused on day 180: the refusal and the later steps withdrawn, the breach kept', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      const now = await env.currentTimeMs();
      const requestedAt = now - 360 * DAY;
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator, at: iso(requestedAt) }] });
      await env.sleep(1_000);

      // Told late, the ladder fired at once, each step at its own instant, down to the deemed refusal.
      const fired = await handle.query(caseStateQuery);
      expect(fired.progress.stage).toBe('ACCESS_DENIED');
      expect(fired.escalations.filter((e) => e.deadlineKey === 'PRC_VISIT-1').map((e) => [e.level, Math.round((e.occurredAt - requestedAt) / DAY)])).toEqual([
        [1, 45],
        [2, 60],
        [3, 90],
        [4, 120],
        [5, 180],
      ]);
      expect(fired.approvals.map((a) => [a.kind, a.status])).toEqual([
        ['PROVISIONAL_WRO', 'pending'],
        ['BLOCK_FACILITY', 'pending'],
      ]);
      const events = () => recorded.of(caseId);
      const denied = events().find((e) => e.type === 'ACCESS_DENIED')!;
      expect(Date.parse(denied.occurredAt) - requestedAt).toBe(180 * DAY);
      const stepEvents = events().filter((e) => e.type === 'ESCALATION_STEP' && e.payload.deadlineKey === 'PRC_VISIT-1');

      // The visit was really held on day 75.
      const heldAt = requestedAt + 75 * DAY;
      const after = await handle.executeUpdate(recordVisitUpdate, { args: [{ actor: investigator, at: iso(heldAt), fullAccess: true, note: 'Report of the visit found in the post' }] });

      expect(after.progress.stage).toBe('VISIT_CONDUCTED');
      expect(after.progress.accessDenied).toBe(false);
      const visitClock = after.deadlines.find((d) => d.key === 'PRC_VISIT-1')!;
      expect([visitClock.status, visitClock.metAt]).toEqual(['missed', heldAt]);
      expect(visitClock.firedLevels).toEqual([1, 2]);
      // The steps after the visit are withdrawn, the reminder and the breach before it stay.
      expect(after.escalations.filter((e) => e.deadlineKey === 'PRC_VISIT-1').map((e) => [e.level, Boolean(e.withdrawnAt)])).toEqual([
        [1, false],
        [2, false],
        [3, true],
        [4, true],
        [5, true],
      ]);
      expect(after.approvals.map((a) => [a.kind, a.status, a.decidedBy])).toEqual([
        ['PROVISIONAL_WRO', 'cancelled', investigator.id],
        ['BLOCK_FACILITY', 'cancelled', investigator.id],
      ]);

      // New events say what was corrected, which event each withdraws, by whom and why; nothing was rewritten.
      const corrections = events().filter((e) => e.sequence > denied.sequence && ['ESCALATION_WITHDRAWN', 'APPROVAL_CANCELLED', 'ACCESS_DENIAL_WITHDRAWN'].includes(e.type));
      const withdrawnSteps = corrections.filter((e) => e.type === 'ESCALATION_WITHDRAWN');
      expect(withdrawnSteps.map((e) => [e.payload.level, e.payload.withdrawsSequence, e.actorId])).toEqual(
        stepEvents.filter((e) => (e.payload.level as number) >= 3).map((e) => [e.payload.level, e.sequence, investigator.id]),
      );
      const withdrawal = corrections.find((e) => e.type === 'ACCESS_DENIAL_WITHDRAWN')!;
      expect(withdrawal.payload).toMatchObject({ how: 'deemed', withdrawsSequence: denied.sequence, heldAt: iso(heldAt) });
      expect(withdrawal.payload.reason).toBe(`The visit held on ${iso(heldAt).slice(0, 10)} was entered after the refusal was deemed on ${iso(requestedAt + 180 * DAY).slice(0, 10)}`);
      expect(corrections.filter((e) => e.type === 'APPROVAL_CANCELLED')).toHaveLength(2);
      expect(events().filter((e) => e.type === 'ACCESS_DENIED')).toEqual([denied]);
      const visit = events().find((e) => e.type === 'VISIT_CONDUCTED')!;
      expect(visit.occurredAt).toBe(iso(heldAt));
      expect(visit.sequence).toBeGreaterThan(withdrawal.sequence);

      // The facility is told to withdraw the ACCESS_DENIED this case gave it, as of the refusal's own day.
      expect(recorded.facilityNotices.filter((n) => n.caseId === caseId).map((n) => [n.to, n.withdraws ?? null, n.at])).toEqual([
        ['UNDER_INVESTIGATION', null, expect.any(String)],
        ['ACCESS_DENIED', null, iso(requestedAt + 180 * DAY)],
        ['UNDER_INVESTIGATION', 'ACCESS_DENIED', iso(requestedAt + 180 * DAY)],
        // The visit itself, a fact the facility's status follows (docs/domain.md §6).
        [undefined, null, iso(heldAt)],
      ]);
      await recordHistory(handle, 'visit-day-75-entered-after-deemed-refusal');
      await handle.terminate('test over');
    });
  });

  it('refuses facts that contradict each other or the clock, naming the conflict, and writes nothing', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      const now = await env.currentTimeMs();
      const requestedAt = now - 100 * DAY;
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator, at: iso(requestedAt) }] });
      await env.sleep(1_000);
      const before = recorded.of(caseId).length;

      expect(await refusalOf(handle.executeUpdate(recordVisitUpdate, { args: [{ actor: investigator, at: iso(requestedAt - DAY), fullAccess: true }] }))).toEqual({
        type: 'IllegalTransition',
        message: `The visit dated ${iso(requestedAt - DAY).slice(0, 10)} cannot precede its request on ${iso(requestedAt).slice(0, 10)}.`,
      });
      const future = iso(now + 2 * DAY);
      expect(await refusalOf(handle.executeUpdate(recordVisitUpdate, { args: [{ actor: investigator, at: future, fullAccess: true }] }))).toEqual({
        type: 'BadRequest',
        message: `heldAt: ${future} is in the future; a fact is entered once it happened.`,
      });
      expect(recorded.of(caseId)).toHaveLength(before);

      const heldAt = requestedAt + 30 * DAY;
      await handle.executeUpdate(recordVisitUpdate, { args: [{ actor: investigator, at: iso(heldAt), fullAccess: true }] });
      expect(recorded.of(caseId).filter((e) => e.type === 'VISIT_CONDUCTED')).toHaveLength(1);
      expect(recorded.of(caseId).slice(before).filter((e) => e.type === 'VISIT_CONDUCTED' || e.type === 'VISIT_REQUESTED')).toHaveLength(1);
      await env.sleep(1_000); // the US report's clock, started on day 30, has steps already due
      const afterVisit = recorded.of(caseId).length;
      expect(await refusalOf(handle.executeUpdate(issueUsReportUpdate, { args: [{ actor: investigator, at: iso(heldAt - DAY) }] }))).toEqual({
        type: 'IllegalTransition',
        message: `The US report dated ${iso(heldAt - DAY).slice(0, 10)} cannot precede the visit it reports on on ${iso(heldAt).slice(0, 10)}.`,
      });
      expect(recorded.of(caseId).length).toBe(afterVisit);
      expect((await handle.query(caseStateQuery)).progress.usReportIssued).toBe(false);
      await handle.terminate('test over');
    });
  });

  it('pauses and resumes a clock at the instants they carry, never before a step that already fired', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };
      const { caseId, handle } = await openCase();
      const now = await env.currentTimeMs();
      const requestedAt = now - 50 * DAY;
      await handle.executeUpdate(requestVisitUpdate, { args: [{ actor: investigator, at: iso(requestedAt) }] });
      await env.sleep(1_000);
      const dueBefore = (await handle.query(caseStateQuery)).deadlines[0];
      expect(dueBefore.firedLevels).toEqual([1]); // the day-45 reminder
      const count = recorded.of(caseId).length;

      const pause = (day: number) => handle.executeUpdate(pauseDeadlineUpdate, { args: [{ actor: supervisor, deadlineKey: 'PRC_VISIT-1', reason: 'PRC asked for time', at: iso(requestedAt + day * DAY) }] });
      expect(await refusalOf(pause(40))).toEqual({
        type: 'IllegalTransition',
        message: `The pause dated ${iso(requestedAt + 40 * DAY).slice(0, 10)} cannot precede the ladder step that already fired on ${iso(requestedAt + 45 * DAY).slice(0, 10)}.`,
      });
      expect(recorded.of(caseId)).toHaveLength(count);
      await pause(46);
      const resume = (day: number) => handle.executeUpdate(resumeDeadlineUpdate, { args: [{ actor: supervisor, deadlineKey: 'PRC_VISIT-1', reason: 'Talks resumed', at: iso(requestedAt + day * DAY) }] });
      expect((await refusalOf(resume(44))).type).toBe('IllegalTransition');
      const resumed = await resume(49);
      expect(resumed.deadlines[0].ledger.pauses).toEqual([{ pausedAt: requestedAt + 46 * DAY, resumedAt: requestedAt + 49 * DAY, reason: 'PRC asked for time', by: supervisor.id }]);
      const events = recorded.of(caseId).filter((e) => e.type === 'DEADLINE_PAUSED' || e.type === 'DEADLINE_RESUMED');
      expect(events.map((e) => [e.type, e.occurredAt])).toEqual([
        ['DEADLINE_PAUSED', iso(requestedAt + 46 * DAY)],
        ['DEADLINE_RESUMED', iso(requestedAt + 49 * DAY)],
      ]);
      expect(events[1].payload.pausedDays).toBe(3);
      await handle.terminate('test over');
    });
  });
  it('records a PRC report dated day 70 after its clock escalated on day 90: the later step withdrawn, the breach of day 60 kept', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      const now = await env.currentTimeMs();
      const requestedAt = now - 100 * DAY;
      await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator, at: iso(requestedAt) }] });
      await env.sleep(1_000);
      const onClock = (state: { escalations: { deadlineKey: string; level: number; occurredAt: number; withdrawnAt?: number | null }[] }) =>
        state.escalations.filter((e) => e.deadlineKey === 'PRC_INVESTIGATION_REPORT-1');
      // Told late, the ladder fired at once: reminder on day 45, breach on day 60, senior escalation on day 90.
      expect(onClock(await handle.query(caseStateQuery)).map((e) => [e.level, Math.round((e.occurredAt - requestedAt) / DAY)])).toEqual([
        [1, 45],
        [2, 60],
        [3, 90],
      ]);
      const stepEvents = recorded.of(caseId).filter((e) => e.type === 'ESCALATION_STEP' && e.payload.deadlineKey === 'PRC_INVESTIGATION_REPORT-1');

      const receivedAt = requestedAt + 70 * DAY;
      const after = await handle.executeUpdate(recordPrcReportUpdate, { args: [{ actor: investigator, at: iso(receivedAt), note: 'Reply found in the diplomatic pouch' }] });

      expect(after.progress.prcReportReceived).toBe(true);
      const clock = after.deadlines.find((d) => d.key === 'PRC_INVESTIGATION_REPORT-1')!;
      // The report was late (day 70 of 60): the breach stays, the escalation of day 90 is withdrawn.
      expect([clock.status, clock.metAt, clock.firedLevels]).toEqual(['missed', receivedAt, [1, 2]]);
      expect(onClock(after).map((e) => [e.level, Boolean(e.withdrawnAt)])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      const withdrawals = recorded.of(caseId).filter((e) => e.type === 'ESCALATION_WITHDRAWN');
      expect(withdrawals.map((e) => [e.payload.level, e.payload.withdrawsSequence, e.actorId, e.payload.reason])).toEqual([
        [3, stepEvents.find((e) => e.payload.level === 3)!.sequence, investigator.id, `The PRC report received on ${iso(receivedAt).slice(0, 10)} was entered after later steps of its clock had fired`],
      ]);
      // Nothing rewritten: the step's own event stays; the report is dated when it arrived.
      expect(recorded.of(caseId).filter((e) => e.type === 'ESCALATION_STEP' && e.payload.deadlineKey === 'PRC_INVESTIGATION_REPORT-1')).toEqual(stepEvents);
      expect(recorded.of(caseId).find((e) => e.type === 'PRC_REPORT_RECEIVED')!.occurredAt).toBe(iso(receivedAt));
      await recordHistory(handle, 'prc-report-day-70-entered-after-escalation');
      await handle.terminate('test over');
    });
  });

  it('records a PRC report dated day 50, before its deadline, after the breach fired: the breach withdrawn, the clock met', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await openCase();
      const requestedAt = (await env.currentTimeMs()) - 75 * DAY;
      await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator, at: iso(requestedAt) }] });
      await env.sleep(1_000);
      expect((await handle.query(caseStateQuery)).deadlines[0].firedLevels).toEqual([1, 2]);

      const after = await handle.executeUpdate(recordPrcReportUpdate, { args: [{ actor: investigator, at: iso(requestedAt + 50 * DAY) }] });
      const clock = after.deadlines.find((d) => d.key === 'PRC_INVESTIGATION_REPORT-1')!;
      expect([clock.status, clock.firedLevels]).toEqual(['met', [1]]);
      expect(recorded.of(caseId).filter((e) => e.type === 'ESCALATION_WITHDRAWN').map((e) => [e.payload.level, e.payload.step])).toEqual([[2, 'BREACH']]);
      await handle.terminate('test over');
    });
  });
});
