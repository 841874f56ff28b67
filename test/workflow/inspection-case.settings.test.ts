import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { DEFAULT_DEADLINE_RULES, type DeadlineRule } from '@mou/domain';
import { applySettingsUpdate, caseStateQuery, closeCaseUpdate, InspectionCaseInput, requestInvestigationUpdate } from '@mou/workflows';
import { caseWorker, DAY, RecordedCaseEvents, recordHistory, timeSkippingEnvironment } from './harness';

const HOUR = 3_600_000;
const investigator = { id: '00000000-0000-4000-8000-0000000000a1', role: 'investigator' };
const admin = { id: '00000000-0000-4000-8000-0000000000c1', role: 'admin' };

/** Version 2 of the settings: the PRC has 30 days for its report instead of 60, the ladder's offsets unchanged (-15, 0, +30 days). */
const report = DEFAULT_DEADLINE_RULES.PRC_INVESTIGATION_REPORT;
const V2_RULES: Partial<Record<string, DeadlineRule>> = { PRC_INVESTIGATION_REPORT: { ...report, budget: { unit: 'calendar_days', amount: 30 } } };

describe('inspectionCase and a settings version applied to it while open (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedCaseEvents();
  const taskQueue = 'settings-applied';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  async function caseOnVersion1() {
    const caseId = randomUUID();
    const input: InspectionCaseInput = {
      caseId,
      facilityId: randomUUID(),
      allegation: { summary: 'Garments', source: 'NGO', productCategories: ['GARMENTS'] },
      openedBy: investigator.id,
      assigneeId: investigator.id,
      openedAt: new Date(await env.currentTimeMs()).toISOString(),
      rulesVersion: 1,
    };
    const handle = await env.client.workflow.start('inspectionCase', { args: [input], taskQueue, workflowId: `case-${caseId}` });
    const state = await handle.executeUpdate(requestInvestigationUpdate, { args: [{ actor: investigator }] });
    return { caseId, handle, startedAt: state.deadlines[0].ledger.startedAt };
  }
  const eventsOf = (caseId: string, type: string) => recorded.of(caseId).filter((e) => e.type === type);
  const iso = (ms: number) => new Date(ms).toISOString();

  it('re-projects an open clock on the new version and fires its steps at the new instants, once', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle, startedAt } = await caseOnVersion1();
      await env.sleep(5 * DAY);

      const state = await handle.executeUpdate(applySettingsUpdate, { args: [{ version: 2, rules: V2_RULES, actor: admin }] });
      expect(state.rulesVersion).toBe(2);
      const [applied] = eventsOf(caseId, 'SETTINGS_APPLIED');
      expect(applied.actorId).toBe(admin.id);
      expect(applied.payload).toEqual({
        settings: { from: 1, to: 2 },
        deadlines: [{ deadlineKey: 'PRC_INVESTIGATION_REPORT-1', kind: 'PRC_INVESTIGATION_REPORT', dueAt: { from: iso(startedAt + 60 * DAY), to: iso(startedAt + 30 * DAY) } }],
      });
      // The read model written with the event already shows the new due date.
      expect(applied.projection.deadlines[0].dueAt).toBe(iso(startedAt + 30 * DAY));

      // The same version again, and an older one, change nothing.
      await handle.executeUpdate(applySettingsUpdate, { args: [{ version: 2, rules: V2_RULES, actor: admin }] });
      await handle.executeUpdate(applySettingsUpdate, { args: [{ version: 1, rules: { PRC_INVESTIGATION_REPORT: report }, actor: admin }] });
      expect(eventsOf(caseId, 'SETTINGS_APPLIED')).toHaveLength(1);

      // Day 31: the reminder fell on day 15 and the breach on day 30 of the new budget.
      await env.sleep(startedAt + 30 * DAY + 1 * HOUR - (await env.currentTimeMs()));
      await handle.query(caseStateQuery);
      const steps = () => eventsOf(caseId, 'ESCALATION_STEP').map((e) => [e.payload.step, e.occurredAt]);
      expect(steps()).toEqual([
        ['REMINDER', iso(startedAt + 15 * DAY)],
        ['BREACH', iso(startedAt + 30 * DAY)],
      ]);

      // Past the old instants (day 45 and 60): nothing fires again; senior escalation came on day 60 (30 after the new due date).
      await env.sleep(startedAt + 61 * DAY - (await env.currentTimeMs()));
      await handle.query(caseStateQuery);
      expect(steps()).toEqual([
        ['REMINDER', iso(startedAt + 15 * DAY)],
        ['BREACH', iso(startedAt + 30 * DAY)],
        ['SENIOR_ESCALATION', iso(startedAt + 60 * DAY)],
      ]);
      await recordHistory(handle, 'investigation-settings-applied-while-open');
      await handle.terminate('test over');
    });
  });

  it('refuses a closed case, which keeps the rules it ran on', async () => {
    await (await caseWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { caseId, handle } = await caseOnVersion1();
      await handle.executeUpdate(closeCaseUpdate, { args: [{ actor: investigator, outcome: 'NO_ACTION', note: 'Allegation withdrawn by the source' }] });
      await expect(handle.executeUpdate(applySettingsUpdate, { args: [{ version: 2, rules: V2_RULES, actor: admin }] })).rejects.toMatchObject({
        cause: { message: 'The case is closed: its clocks keep the rules they ran on.', type: 'IllegalTransition' },
      });
      const closed = await handle.query(caseStateQuery);
      expect(closed.rulesVersion).toBeUndefined();
      expect(closed.rules.PRC_INVESTIGATION_REPORT.budget.amount).toBe(60);
      expect(eventsOf(caseId, 'SETTINGS_APPLIED')).toEqual([]);
      await handle.terminate('test over');
    });
  });
});
