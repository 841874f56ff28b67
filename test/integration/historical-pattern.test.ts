import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DEFAULT_DEADLINE_RULES, withEscalationReminderHours } from '@mou/domain';
import { createDataSource, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { InspectionCaseInput, recordVisitUpdate, requestVisitUpdate } from '@mou/workflows';
import { createActivities } from '../../apps/worker/src/activities';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';
import { DAY, timeSkippingEnvironment } from '../workflow/harness';

/**
 * Over a time-skipped year, neglected escalations remind monthly instead of daily: the reminders
 * still run through the workflow, without thousands of them slowing the test server.
 */
const MONTHLY_REMINDERS = withEscalationReminderHours(DEFAULT_DEADLINE_RULES, 30 * 24);

/**
 * The record the product exists to change (USCC 2008, p. 326): after the 1994 Statement of
 * Cooperation the US asked for 18 visits; 3 were granted, none within 60 days; the rest went
 * unanswered. A year of it, time-skipped, through the real activities and PostgreSQL.
 */
describe('the historical pattern over one programme year', () => {
  let env: TestWorkflowEnvironment;
  let db: DataSource;
  let worker: Worker;

  beforeAll(async () => {
    const url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_history_${randomBytes(3).toString('hex')}`);
    await migrate(url);
    db = await createDataSource(url).initialize();
    await seedReferenceData(db);
    await seedDemoData(db);
    env = await timeSkippingEnvironment();
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: 'history',
      workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE_PATH! },
      activities: createActivities(db, env.client),
    });
  });
  afterAll(async () => {
    await env?.teardown();
    await db?.destroy();
  });

  it('leaves the read model with 18 requests, 3 granted late, 15 never answered', async () => {
    const [investigator] = await db.query(`SELECT id FROM users WHERE email = 'investigator@example.gov'`);
    const actor = { id: investigator.id as string, role: 'investigator' };
    const start = await env.currentTimeMs();
    const actions: { at: number; run: () => Promise<unknown> }[] = [];
    const handles: ReturnType<typeof env.client.workflow.getHandle>[] = [];

    for (let i = 0; i < 18; i++) {
      const caseId = randomUUID();
      const [facility] = await db.query(`INSERT INTO facilities (name) VALUES ($1) RETURNING id`, [`Laogai camp ${i + 1}`]);
      const handle = env.client.workflow.getHandle(`case-${caseId}`);
      handles.push(handle);
      const requestDay = i * 10;
      actions.push({
        at: start + requestDay * DAY,
        run: async () => {
          const input: InspectionCaseInput = {
            caseId,
            facilityId: facility.id,
            allegation: { summary: `Allegation ${i + 1}`, source: 'Laogai Research Foundation', productCategories: [] },
            openedBy: actor.id,
            assigneeId: actor.id,
            openedAt: new Date(await env.currentTimeMs()).toISOString(),
            rules: MONTHLY_REMINDERS,
          };
          await env.client.workflow.start('inspectionCase', { args: [input], taskQueue: 'history', workflowId: `case-${caseId}` });
          await handle.executeUpdate(requestVisitUpdate, { args: [{ actor }] });
        },
      });
      // Three visits granted, each 75 days after its request: late, as every one was.
      if (i < 3) actions.push({ at: start + (requestDay + 75) * DAY, run: () => handle.executeUpdate(recordVisitUpdate, { args: [{ actor, fullAccess: false }] }) });
    }
    actions.sort((a, b) => a.at - b.at);

    await worker.runUntil(async () => {
      for (const action of actions) {
        const wait = action.at - (await env.currentTimeMs());
        if (wait > 0) await env.sleep(wait);
        await action.run();
      }
      await env.sleep(start + 365 * DAY - (await env.currentTimeMs()));
      // A query makes sure every workflow has caught up with the skipped time.
      for (const handle of handles) await handle.query('caseState');
    });

    const [visits] = await db.query(`
      SELECT count(*)::int AS requested,
             count(met_at)::int AS granted,
             count(*) FILTER (WHERE met_at IS NOT NULL AND met_at <= due_at)::int AS "grantedOnTime",
             count(*) FILTER (WHERE met_at IS NULL)::int AS "neverAnswered",
             count(*) FILTER (WHERE status = 'missed')::int AS missed
        FROM deadlines WHERE kind = 'PRC_VISIT'`);
    expect(visits).toEqual({ requested: 18, granted: 3, grantedOnTime: 0, neverAnswered: 15, missed: 18 });

    // Every unanswered request climbed the whole ladder to a deemed refusal at day 180.
    const [ladder] = await db.query(`
      SELECT count(*) FILTER (WHERE type = 'BREACH')::int AS breaches,
             count(*) FILTER (WHERE type = 'DEEMED_REFUSAL')::int AS "deemedRefusals"
        FROM escalations e JOIN deadlines d ON d.id = e.deadline_id WHERE d.kind = 'PRC_VISIT'`);
    expect(ladder).toEqual({ breaches: 18, deemedRefusals: 15 });
    const stages = await db.query(`SELECT stage, count(*)::int AS n FROM cases GROUP BY stage ORDER BY stage`);
    expect(stages).toEqual([
      { stage: 'ACCESS_DENIED', n: 15 },
      { stage: 'VISIT_CONDUCTED', n: 3 },
    ]);
    const [chains] = await db.query(`SELECT count(DISTINCT case_id)::int AS cases, count(*)::int AS events FROM case_events`);
    expect(chains.cases).toBe(18);
  });
});
