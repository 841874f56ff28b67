import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import {
  caseStateQuery,
  forwardPetitionUpdate,
  InspectionCaseInput,
  issueUsInvestigationReportUpdate,
  recordPetitionUpdate,
  recordPrcInvestigationRequestUpdate,
  recordPrcReportUpdate,
  requestInvestigationUpdate,
} from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };

/**
 * The clocks of docs/domain.md §4 that run beside the stages: forwarding a conforming petition
 * (19 CFR 12.42(c), 10 calendar days) and the US investigation report the PRC asked for (SOC 1994,
 * 60 days, reciprocal). Expected instants are written out by hand from the regulation's numbers.
 */
describe('inspectionCase petition and reciprocal clocks (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'reciprocal-clocks';

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
      facilityName: 'Shaoguan Machine Works',
      allegation: { summary: 'Presses', source: 'NGO', productCategories: ['MACHINE_PRESSES'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    return { caseId, handle };
  }

  /** Waits (in real time) for the workflow's events to reach the in-memory log. */
  async function until(done: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 100));
  }

  /** Runs the test's case, ended at the close whatever happens, so the next test's time skips freely. */
  async function withCase(run: (c: Awaited<ReturnType<typeof openCase>>) => Promise<void>): Promise<void> {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const c = await openCase();
      try {
        await run(c);
      } finally {
        await c.handle.terminate('test over').catch(() => undefined);
      }
    });
  }

  const steps = (caseId: string, kind: string) =>
    recorded
      .of(caseId)
      .filter((e) => e.type === 'ESCALATION_STEP' && e.payload.kind === kind)
      .map((e) => [e.payload.step, e.occurredAt]);

  it('a conforming petition received on 20 February 2026 is due to be forwarded on 2 March (10 calendar days): reminder on 27 February, breach on 2 March', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(recordPetitionUpdate, {
        args: [{ actor: investigator, at: '2026-02-20T15:00:00.000Z', petitioner: 'Laogai Research Foundation', goods: 'Hydraulic presses', conforming: true }],
      });
      await until(() => steps(caseId, 'PETITION_FORWARDING').length >= 2);
      expect(steps(caseId, 'PETITION_FORWARDING')).toEqual([
        ['REMINDER', '2026-02-27T15:00:00.000Z'],
        ['BREACH', '2026-03-02T15:00:00.000Z'],
      ]);
      const state = await handle.query(caseStateQuery);
      const clock = state.deadlines.find((d) => d.kind === 'PETITION_FORWARDING')!;
      expect(clock.ledger.startedAt).toBe(Date.parse('2026-02-20T15:00:00.000Z'));
      // The breach of a clock CBP owes drafts no diplomatic note.
      expect(recorded.of(caseId).some((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED')).toBe(false);
    });
  });

  it('a petition that does not conform starts no clock, and cannot be forwarded', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(recordPetitionUpdate, { args: [{ actor: investigator, petitioner: 'Anonymous', goods: 'Garments', conforming: false }] });
      const state = await handle.query(caseStateQuery);
      expect(state.deadlines).toEqual([]);
      expect(recorded.of(caseId).find((e) => e.type === 'PETITION_RECEIVED')?.payload).toMatchObject({ conforming: false, deadlineKey: null, petitioner: 'Anonymous' });
      await expect(handle.executeUpdate(forwardPetitionUpdate, { args: [{ actor: investigator }] })).rejects.toMatchObject({
        cause: { message: expect.stringMatching(/does not conform/) },
      });
    });
  });

  it('the live petition clock: nothing on day 6, the reminder on day 7, the petition forwarded on day 8 is met and nothing more fires', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(recordPetitionUpdate, { args: [{ actor: investigator, petitioner: 'A trade union', goods: 'Christmas lights', conforming: true }] });
      const receivedAt = Date.parse(recorded.of(caseId).find((e) => e.type === 'PETITION_RECEIVED')!.occurredAt);
      await env.sleep(6 * DAY + 23 * 3_600_000);
      await handle.query(caseStateQuery);
      expect(steps(caseId, 'PETITION_FORWARDING')).toEqual([]);
      await env.sleep(2 * 3_600_000);
      await until(() => steps(caseId, 'PETITION_FORWARDING').length >= 1);
      expect(steps(caseId, 'PETITION_FORWARDING')).toEqual([['REMINDER', new Date(receivedAt + 7 * DAY).toISOString()]]);
      await env.sleep(DAY);
      await handle.executeUpdate(forwardPetitionUpdate, { args: [{ actor: investigator }] });
      await env.sleep(5 * DAY);
      const state = await handle.query(caseStateQuery);
      expect(state.deadlines.find((d) => d.kind === 'PETITION_FORWARDING')!.status).toBe('met');
      expect(steps(caseId, 'PETITION_FORWARDING').map(([step]) => step)).toEqual(['REMINDER']);
      expect(recorded.of(caseId).find((e) => e.type === 'PETITION_FORWARDED')?.payload.deadlineStatus).toBe('met');
      await recordHistory(handle, 'petition-forwarded-on-day-eight');
    });
  });

  it('the PRC asked on 10 January 2026 for a US investigation: the US report is due on 11 March (60 days), reminder on 24 February', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(recordPrcInvestigationRequestUpdate, { args: [{ actor: investigator, at: '2026-01-10T00:00:00.000Z' }] });
      await until(() => steps(caseId, 'US_INVESTIGATION_REPORT').length >= 2);
      expect(steps(caseId, 'US_INVESTIGATION_REPORT')).toEqual([
        ['REMINDER', '2026-02-24T00:00:00.000Z'],
        ['BREACH', '2026-03-11T00:00:00.000Z'],
      ]);
      // The US owes this report: its breach escalates inside the agency and drafts no note to the PRC.
      expect(recorded.of(caseId).some((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED')).toBe(false);
      await handle.executeUpdate(issueUsInvestigationReportUpdate, { args: [{ actor: investigator }] });
      const state = await handle.query(caseStateQuery);
      expect(state.deadlines.find((d) => d.kind === 'US_INVESTIGATION_REPORT')!.status).toBe('missed');
    });
  });

  it('the live US investigation clock: nothing on day 44, the reminder on day 45; the report on day 50 is met', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(recordPrcInvestigationRequestUpdate, { args: [{ actor: investigator }] });
      const requestedAt = Date.parse(recorded.of(caseId).find((e) => e.type === 'PRC_INVESTIGATION_REQUEST_RECEIVED')!.occurredAt);
      await env.sleep(44 * DAY + 23 * 3_600_000);
      await handle.query(caseStateQuery);
      expect(steps(caseId, 'US_INVESTIGATION_REPORT')).toEqual([]);
      await env.sleep(2 * 3_600_000);
      await until(() => steps(caseId, 'US_INVESTIGATION_REPORT').length >= 1);
      expect(steps(caseId, 'US_INVESTIGATION_REPORT')).toEqual([['REMINDER', new Date(requestedAt + 45 * DAY).toISOString()]]);
      await env.sleep(5 * DAY);
      await handle.executeUpdate(issueUsInvestigationReportUpdate, { args: [{ actor: investigator }] });
      await env.sleep(20 * DAY);
      const state = await handle.query(caseStateQuery);
      expect(state.deadlines.find((d) => d.kind === 'US_INVESTIGATION_REPORT')!.status).toBe('met');
      expect(steps(caseId, 'US_INVESTIGATION_REPORT').map(([step]) => step)).toEqual(['REMINDER']);
    });
  });

  it('the breach of a PRC investigation request of 5 January 2026 drafts the note on 6 March, naming the request date and the 60 days elapsed', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator, at: '2026-01-05T10:00:00.000Z' }] });
      await until(() => recorded.of(caseId).some((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED'));
      const drafted = recorded.of(caseId).filter((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED');
      expect(drafted).toHaveLength(1);
      expect(drafted[0].occurredAt).toBe('2026-03-06T10:00:00.000Z');
      const text = drafted[0].payload.text as string;
      expect(text).toContain('dated 2026-01-05');
      expect(text).toContain('Shaoguan Machine Works');
      expect(text).toContain('within 60 days of the request');
      expect(text).toContain('As of 2026-03-06, 60 days have elapsed');
      expect(text).toContain('1994 Statement of Cooperation');
      await recordHistory(handle, 'prc-report-breach-drafts-note');
    });
  });

  it('a PRC report dated 1 March 2026, entered after the breach of 6 March, withdraws the breach and the note not yet sent with it', async () => {
    await withCase(async ({ caseId, handle }) => {
      await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator, at: '2026-01-05T10:00:00.000Z' }] });
      await until(() => steps(caseId, 'PRC_INVESTIGATION_REPORT').length >= 3 && recorded.of(caseId).some((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED'));
      await handle.executeUpdate(recordPrcReportUpdate, { args: [{ actor: investigator, at: '2026-03-01T12:00:00.000Z' }] });
      await until(() => recorded.of(caseId).some((e) => e.type === 'DIPLOMATIC_NOTE_WITHDRAWN'));
      const drafted = recorded.of(caseId).find((e) => e.type === 'DIPLOMATIC_NOTE_DRAFTED')!;
      const withdrawn = recorded.of(caseId).filter((e) => e.type === 'DIPLOMATIC_NOTE_WITHDRAWN');
      expect(withdrawn).toHaveLength(1);
      expect(withdrawn[0].payload).toMatchObject({ noteId: drafted.payload.noteId, deadlineKey: 'PRC_INVESTIGATION_REPORT-1' });
      expect(withdrawn[0].payload.reason).toMatch(/^The PRC report received on 2026-03-01 .*: the breach it was drafted at was withdrawn\.$/);
      const state = await handle.query(caseStateQuery);
      expect(state.notes?.map((n) => n.status)).toEqual(['WITHDRAWN']);
    });
  });
});
