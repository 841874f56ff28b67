import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_DEADLINE_RULES, withEscalationReminderHours } from '@mou/domain';
import { acknowledgeEscalationUpdate, caseStateQuery, closeCaseUpdate, InspectionCaseInput, requestInvestigationUpdate } from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const HOUR = 3_600_000;
const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };
const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };

describe('inspectionCase reminders of unacknowledged escalations (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'reminders';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  /**
   * A case with an investigation requested, whose rules remind every `hours` (as
   * ESCALATION_REMINDER_HOURS sets them), or on the default rules.
   */
  async function caseWithInvestigation(hours?: number) {
    const caseId = randomUUID();
    const input: InspectionCaseInput = {
      caseId,
      facilityId: randomUUID(),
      allegation: { summary: 'Garments', source: 'NGO', productCategories: ['GARMENTS'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
      ...(hours === undefined ? {} : { rules: withEscalationReminderHours(DEFAULT_DEADLINE_RULES, hours) }),
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator }] });
    return { caseId, handle };
  }

  const eventsOf = (caseId: string, type: string) => recorded.of(caseId).filter((e) => e.type === type);
  const breachAt = (caseId: string) => Date.parse(eventsOf(caseId, 'ESCALATION_STEP').find((e) => e.payload.step === 'BREACH')!.occurredAt);
  const breachReminders = (caseId: string) => eventsOf(caseId, 'ESCALATION_REMINDER').filter((e) => e.payload.escalationId === 'PRC_INVESTIGATION_REPORT-1:L2');

  it('reminds the supervisors of an unacknowledged breach once per interval of the rule, and stops once it is acknowledged', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await caseWithInvestigation(6);
      await env.sleep(60 * DAY + 1 * HOUR);
      const breach = breachAt(caseId);
      expect(breachReminders(caseId)).toEqual([]);

      await env.sleep(20 * HOUR); // 21 hours after the breach: reminders at 6, 12 and 18 hours
      await handle.query(caseStateQuery);
      const sent = breachReminders(caseId);
      expect(sent.map((e) => (Date.parse(e.occurredAt) - breach) / HOUR)).toEqual([6, 12, 18]);
      expect(sent.map((e) => e.payload.reminder)).toEqual([1, 2, 3]);
      // The words are the rule's, and the reminder goes to the supervisors.
      expect(sent[0].payload).toMatchObject({
        step: 'BREACH',
        deadlineKey: 'PRC_INVESTIGATION_REPORT-1',
        description: DEFAULT_DEADLINE_RULES.PRC_INVESTIGATION_REPORT.ladder.find((s) => s.type === 'BREACH')!.description,
        notify: ['supervisors'],
      });
      expect(sent[2].projection.escalations.find((e) => e.id === 'PRC_INVESTIGATION_REPORT-1:L2')).toMatchObject({ remindersSent: 3 });

      await handle.executeUpdate(acknowledgeEscalationUpdate, { args: [{ actor: supervisor, escalationId: 'PRC_INVESTIGATION_REPORT-1:L2', note: 'Note sent to the embassy' }] });
      await env.sleep(2 * DAY);
      await handle.query(caseStateQuery);
      expect(breachReminders(caseId)).toHaveLength(3);
      await recordHistory(handle, 'investigation-breach-reminded-then-acknowledged');
      await handle.terminate('test over');
    });
  });

  it('reminds once a day on the default rules', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await caseWithInvestigation();
      await env.sleep(60 * DAY + 1 * HOUR);
      const breach = breachAt(caseId);
      await env.sleep(3 * DAY);
      await handle.query(caseStateQuery);
      expect(breachReminders(caseId).map((e) => (Date.parse(e.occurredAt) - breach) / HOUR)).toEqual([24, 48, 72]);
      await handle.terminate('test over');
    });
  });

  it('stops reminding when the case is closed, acknowledged or not', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await caseWithInvestigation(6);
      await env.sleep(60 * DAY + 7 * HOUR);
      expect(breachReminders(caseId)).toHaveLength(1);
      await handle.executeUpdate(closeCaseUpdate, { args: [{ actor: investigator, outcome: 'NO_ACTION', note: 'Allegation withdrawn by the source' }] });
      await env.sleep(2 * DAY);
      await handle.query(caseStateQuery);
      expect(breachReminders(caseId)).toHaveLength(1);
      expect(await handle.query(caseStateQuery)).toMatchObject({ progress: { stage: 'CLOSED' } });
      await handle.terminate('test over');
    });
  });
});
