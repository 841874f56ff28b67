import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addMonths, DEFAULT_DEADLINE_RULES, parseIsoDate, toIsoDate, withEscalationReminderHours } from '@mou/domain';
import { createDataSource, migrate, seedDemoData, seedReferenceData } from '@mou/persistence';
import { reviewWorkflowId } from '@mou/temporal';
import {
  caseStateQuery,
  decideApprovalUpdate,
  InspectionCaseInput,
  issueUsReportUpdate,
  MouReviewInput,
  recordAccessDeniedUpdate,
  recordPrcReportUpdate,
  recordVisitUpdate,
  requestInvestigationUpdate,
  requestVisitUpdate,
  reviewStateQuery,
  signOffReviewUpdate,
  withdrawCaseUpdate,
} from '@mou/workflows';
import { createActivities } from '../../apps/worker/src/activities';
import { ensureDatabase } from '../../tools/stack/embedded-postgres';
import { pdfText } from '../support/pdf-text';
import { waitFor } from '../support/wait-for';
import { DAY, timeSkippingEnvironment } from '../workflow/harness';

/**
 * Over a time-skipped year, neglected escalations remind monthly instead of daily: the reminders
 * still run through the workflow, without thousands of them slowing the test server.
 */
const MONTHLY_REMINDERS = withEscalationReminderHours(DEFAULT_DEADLINE_RULES, 30 * 24);

const HOUR = 3_600_000;
/** Answers come this long after the hour their day starts at, clear of every timer of the case. */
const OFF_TIMERS = 10 * 60_000;
const TASK_QUEUE = 'review';

/** One visit request of the year: made on day `day`, then held, refused or left unanswered. */
/*
 * Answers fall between the days of the escalation ladder (45, 60, 90, 120, 180) and ten minutes off
 * the hour of the daily reminders: the time-skipping test server fails a workflow task that carries
 * both an Update and a timer firing at the same instant ("invalid history builder state for
 * action"); the real server does not.
 */
interface VisitPlan {
  day: number;
  heldAfter?: number;
  refusedAfter?: number;
  /** Days after the visit the US issues its post-visit report. */
  usReportAfter?: number;
  /** A supervisor approves blocking the facility a few days after the refusal is deemed (day 180). */
  blockAfterDeemedRefusal?: boolean;
  /** The US withdraws the case this many days after the request. */
  withdrawnAfter?: number;
}

interface InvestigationPlan {
  day: number;
  receivedAfter?: number;
}

interface Action {
  at: number;
  run: () => Promise<unknown>;
}

/**
 * Whole programme years, time-skipped, through the real workflows and activities on a fresh
 * PostgreSQL: cases are opened and answered over the year as the plan says, and the review of
 * that year wakes at each quarter end and when the year is over.
 */
describe('the one-year review of a programme year', () => {
  let env: TestWorkflowEnvironment;
  let db: DataSource;
  let worker: Worker;
  let running: Promise<void>;
  const actor = { investigator: { id: '', role: 'investigator' }, supervisor: { id: '', role: 'supervisor' }, policy: { id: '', role: 'policy' } };
  let policyUsers: string[];

  beforeAll(async () => {
    const url = await ensureDatabase(process.env.TEST_DATABASE_ADMIN_URL!, `mou_review_${randomBytes(3).toString('hex')}`);
    await migrate(url);
    db = await createDataSource(url).initialize();
    await seedReferenceData(db);
    await seedDemoData(db);
    // A second policy user: every one of them must hear of the review.
    await db.query(`INSERT INTO users (email, display_name, role, password_hash) VALUES ('policy2@example.gov', 'Polly Policy', 'policy', 'not-used')`);
    const users = (await db.query(`SELECT id, email, role FROM users`)) as { id: string; email: string; role: string }[];
    actor.investigator.id = users.find((u) => u.email === 'investigator@example.gov')!.id;
    actor.supervisor.id = users.find((u) => u.email === 'supervisor@example.gov')!.id;
    actor.policy.id = users.find((u) => u.email === 'policy@example.gov')!.id;
    policyUsers = users.filter((u) => u.role === 'policy').map((u) => u.id);
    env = await timeSkippingEnvironment();
    // One worker for the whole file: the test server does not hand a workflow over to a new worker
    // while the one that ran it last is gone (it has no sticky-queue timeout).
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE_PATH! },
      activities: createActivities(db, env.client),
    });
    running = worker.run();
  });
  afterAll(async () => {
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await env?.teardown();
    await db?.destroy();
  });

  /** The actions that open and answer one case. */
  async function caseActions(from: number, i: number, plan: { day: number }, steps: (handle: ReturnType<typeof env.client.workflow.getHandle>, requestedAt: number) => Action[], request: 'visit' | 'investigation'): Promise<Action[]> {
    const caseId = randomUUID();
    const [facility] = await db.query(`INSERT INTO facilities (name) VALUES ($1) RETURNING id`, [`Laogai camp ${toIsoDate(from)} ${request} ${i + 1}`]);
    const handle = env.client.workflow.getHandle(`case-${caseId}`);
    const requestedAt = from + plan.day * DAY + HOUR;
    const open: Action = {
      at: requestedAt,
      run: async () => {
        const input: InspectionCaseInput = {
          caseId,
          facilityId: facility.id,
          allegation: { summary: `Allegation ${i + 1}`, source: 'Laogai Research Foundation', productCategories: [] },
          openedBy: actor.investigator.id,
          assigneeId: actor.investigator.id,
          openedAt: new Date(await env.currentTimeMs()).toISOString(),
          rules: MONTHLY_REMINDERS,
        };
        await env.client.workflow.start('inspectionCase', { args: [input], taskQueue: TASK_QUEUE, workflowId: `case-${caseId}` });
        await handle.executeUpdate(request === 'visit' ? requestVisitUpdate : requestInvestigationUpdate, { args: [{ actor: actor.investigator }] });
      },
    };
    return [open, ...steps(handle, requestedAt)];
  }

  function visitSteps(plan: VisitPlan) {
    return (handle: ReturnType<typeof env.client.workflow.getHandle>, requestedAt: number): Action[] => {
      const steps: Action[] = [];
      const who = { actor: actor.investigator };
      if (plan.heldAfter !== undefined) {
        const heldAt = requestedAt + plan.heldAfter * DAY + OFF_TIMERS;
        steps.push({ at: heldAt, run: () => handle.executeUpdate(recordVisitUpdate, { args: [{ ...who, fullAccess: true }] }) });
        if (plan.usReportAfter !== undefined) steps.push({ at: heldAt + plan.usReportAfter * DAY, run: () => handle.executeUpdate(issueUsReportUpdate, { args: [who] }) });
      }
      if (plan.refusedAfter !== undefined) steps.push({ at: requestedAt + plan.refusedAfter * DAY + OFF_TIMERS, run: () => handle.executeUpdate(recordAccessDeniedUpdate, { args: [who] }) });
      if (plan.withdrawnAfter !== undefined) steps.push({ at: requestedAt + plan.withdrawnAfter * DAY + OFF_TIMERS, run: () => handle.executeUpdate(withdrawCaseUpdate, { args: [who] }) });
      if (plan.blockAfterDeemedRefusal) {
        steps.push({
          at: requestedAt + 185 * DAY + OFF_TIMERS,
          run: async () => {
            const state = await handle.query(caseStateQuery);
            const approval = state.approvals.find((a) => a.kind === 'BLOCK_FACILITY' && a.status === 'pending')!;
            await handle.executeUpdate(decideApprovalUpdate, { args: [{ actor: actor.supervisor, approvalId: approval.id, approve: true, reason: 'Access refused for six months' }] });
          },
        });
      }
      return steps;
    };
  }

  /**
   * Starts the review of the year beginning tomorrow, plays the plan through it, and lets the year
   * end; answers once the report is stored. `beforeEnd` runs on the last day of the year.
   */
  async function programmeYear(visits: VisitPlan[], investigations: InvestigationPlan[] = [], beforeEnd?: (reviewId: string) => Promise<void>) {
    const periodStart = toIsoDate((await env.currentTimeMs()) + DAY);
    const from = parseIsoDate(periodStart);
    const reviewId = reviewWorkflowId(periodStart);
    const review = await env.client.workflow.start('mouReview', { args: [{ periodStart } satisfies MouReviewInput], taskQueue: TASK_QUEUE, workflowId: reviewId });
    const actions: Action[] = [];
    for (const [i, plan] of visits.entries()) actions.push(...(await caseActions(from, i, plan, visitSteps(plan), 'visit')));
    for (const [i, plan] of investigations.entries()) {
      actions.push(
        ...(await caseActions(from, i, plan, (handle, requestedAt) =>
          plan.receivedAfter === undefined ? [] : [{ at: requestedAt + plan.receivedAfter * DAY + OFF_TIMERS, run: () => handle.executeUpdate(recordPrcReportUpdate, { args: [{ actor: actor.investigator }] }) }], 'investigation')),
      );
    }
    actions.sort((a, b) => a.at - b.at);
    const periodEnd = addMonths(from, 12);
    const sleepUntil = async (at: number) => {
      const wait = at - (await env.currentTimeMs());
      if (wait > 0) await env.sleep(wait);
    };
    for (const action of actions) {
      await sleepUntil(action.at);
      await action.run();
    }
    await sleepUntil(periodEnd - DAY);
    await waitFor(async () => (await review.query(reviewStateQuery)).interim.length === 3);
    await beforeEnd?.(reviewId);
    await sleepUntil(periodEnd + HOUR);
    await waitFor(async () => (await review.query(reviewStateQuery)).status === 'AWAITING_SIGN_OFF');
    const [row] = await db.query(`SELECT * FROM reviews WHERE id = $1`, [reviewId]);
    return { review, reviewId, periodStart, periodEnd, row };
  }

  const notifications = (cause: string) =>
    db.query(`SELECT recipient_id AS "recipientId", channel, kind, subject, attachments FROM notifications WHERE dedupe_key LIKE $1 ORDER BY dedupe_key`, [`${cause}:%`]) as Promise<
      { recipientId: string; channel: string; kind: string; subject: string; attachments: unknown[] }[]
    >;

  const everyPolicyUserOnBothChannels = (rows: { recipientId: string; channel: string }[]) =>
    expect(rows.map((r) => `${r.recipientId}:${r.channel}`).sort()).toEqual(policyUsers.flatMap((id) => [`${id}:email`, `${id}:inbox`]).sort());

  it('replays the historical record (18 requests, 3 granted, none within 60 days): a summary each quarter, then REVOKE after 365 days', async () => {
    // USCC 2008 p. 326: a visit requested every ten days; three held, each after more than 60 days; the rest never answered.
    const visits: VisitPlan[] = Array.from({ length: 18 }, (_, i) => ({ day: i * 10 }));
    Object.assign(visits[0], { heldAfter: 75, usReportAfter: 20 });
    Object.assign(visits[1], { heldAfter: 100, usReportAfter: 20 });
    Object.assign(visits[2], { heldAfter: 150, usReportAfter: 85 }); // the US was late with this one
    Object.assign(visits[3], { blockAfterDeemedRefusal: true });
    Object.assign(visits[4], { blockAfterDeemedRefusal: true });

    let dayBeforeEnd: { status: string; recommendation: string | null; report_pdf: Buffer | null } | undefined;
    const { review, reviewId, periodStart, periodEnd, row } = await programmeYear(visits, [], async (id) => {
      [dayBeforeEnd] = await db.query(`SELECT status, recommendation, report_pdf FROM reviews WHERE id = $1`, [id]);
    });

    // Asleep until the year is over: three interim summaries, no recommendation yet.
    expect(dayBeforeEnd).toEqual({ status: 'RUNNING', recommendation: null, report_pdf: null });
    expect(periodEnd - parseIsoDate(periodStart)).toBeGreaterThanOrEqual(365 * DAY);

    expect(row.interim.map((s: { quarter: number; interim: boolean }) => [s.quarter, s.interim])).toEqual([[1, true], [2, true], [3, true]]);
    expect(row.interim[2].whatIf.recommendation).toBe('REVOKE');
    for (const quarter of [1, 2, 3]) {
      const delivered = await notifications(`review:${reviewId}:interim:${quarter}`);
      everyPolicyUserOnBothChannels(delivered);
      expect(delivered[0]).toMatchObject({ kind: 'REVIEW_SUMMARY', subject: expect.stringMatching(/^INTERIM summary, quarter \d: .*\(not a recommendation\)$/) });
    }

    expect(row).toMatchObject({ status: 'AWAITING_SIGN_OFF', recommendation: 'REVOKE', flags: ['US_NONCOMPLIANCE'] });
    expect(row.metrics).toMatchObject({ visitsRequested: 18, visitsHeld: 3, visitsHeldOnTime: 0, visitsRefused: 0, openAfter180Days: 15, facilitiesBlocked: 2, usReportsDue: 3, usReportsOnTime: 2 });
    expect(row.decision.reasons[0].text).toBe('The PRC held 3 of 18 requested visits: a visit grant rate of 0.167, below the 0.33 under which the MOU is revoked.');
    expect(row.decision.requiresPolicySignOff).toBe(true);

    // The report, in three formats, delivered to every policy user with the PDF attached.
    const delivered = await notifications(`review:${reviewId}:report`);
    everyPolicyUserOnBothChannels(delivered);
    expect(delivered.find((n) => n.channel === 'email')!.attachments).toEqual([{ kind: 'review-report', ref: reviewId, filename: `${reviewId}.pdf` }]);
    const { text } = await pdfText(row.report_pdf);
    expect(text).toContain('Recommendation: REVOKE');
    expect(text.replace(/\s+/g, ' ')).toContain('The PRC held 3 of 18 requested visits');
    expect(row.report_md).toMatch(/^# One-year review[\s\S]*\n## Recommendation: REVOKE\n/);
    expect(row.report_html).toContain('<h2>Recommendation: REVOKE</h2>');

    // Only policy staff sign off, and a REVOKE under US_NONCOMPLIANCE needs their reasons.
    await expect(review.executeUpdate(signOffReviewUpdate, { args: [{ actor: actor.investigator }] })).rejects.toMatchObject({ cause: { type: 'Forbidden' } });
    await expect(review.executeUpdate(signOffReviewUpdate, { args: [{ actor: actor.policy }] })).rejects.toMatchObject({ cause: { type: 'BadRequest' } });
    expect((await review.query(reviewStateQuery)).status).toBe('AWAITING_SIGN_OFF');

    // Unsigned, it reminds every policy user each week.
    await env.sleep(7 * DAY + HOUR);
    await waitFor(async () => (await notifications(`review:${reviewId}:reminder:1`)).length === policyUsers.length * 2);

    const signed = await review.executeUpdate(signOffReviewUpdate, { args: [{ actor: actor.policy, note: 'The US will issue its late report; the PRC record alone warrants revoking.' }] });
    expect(signed).toMatchObject({ status: 'SIGNED_OFF', signOff: { by: actor.policy.id } });
    expect(await review.result()).toMatchObject({ status: 'SIGNED_OFF', remindersSent: 1 });
    const [after] = await db.query(`SELECT status, signed_off_by AS "by", sign_off_note AS note FROM reviews WHERE id = $1`, [reviewId]);
    expect(after).toEqual({ status: 'SIGNED_OFF', by: actor.policy.id, note: expect.stringContaining('warrants revoking') });
  });

  it('recommends MAINTAIN for the same year with 9 of 10 visits granted on time', async () => {
    const visits: VisitPlan[] = Array.from({ length: 10 }, (_, i) => (i < 9 ? { day: i * 10, heldAfter: 44, usReportAfter: 20 } : { day: i * 10, refusedAfter: 20 }));
    const { row } = await programmeYear(visits);
    expect(row).toMatchObject({ recommendation: 'MAINTAIN', flags: [] });
    expect(row.metrics).toMatchObject({ visitsRequested: 10, visitsHeld: 9, visitsHeldOnTime: 9, visitsRefused: 1, visitGrantRate: 0.9, usReportOnTimeRate: 1 });
    expect(row.decision.reasons.map((r: { rule: string }) => r.rule)).toEqual(['maintainGrantRateAtLeast', 'maintainOnTimeRateAtLeast', 'maintainReportOnTimeRateAtLeast', 'maintainMaxOpenDays']);
  });

  it('recommends MODIFY for a middle year, naming the amendments the data point to', async () => {
    const visits: VisitPlan[] = [
      ...Array.from({ length: 6 }, (_, i) => ({ day: i * 10, heldAfter: 30, usReportAfter: 20 })),
      { day: 60, heldAfter: 100, usReportAfter: 20 },
      { day: 70, heldAfter: 100, usReportAfter: 20 },
      { day: 80, refusedAfter: 10 },
      { day: 90, refusedAfter: 10 },
    ];
    const { row } = await programmeYear(visits, [{ day: 5, receivedAfter: 40 }, { day: 15, receivedAfter: 85 }]);
    expect(row).toMatchObject({ recommendation: 'MODIFY', flags: [] });
    expect(row.metrics).toMatchObject({ visitGrantRate: 0.8, visitOnTimeRate: 0.6, reportOnTimeRate: 0.5 });
    expect(row.decision.amendments).toEqual([expect.stringMatching(/^Unannounced visits: /), expect.stringMatching(/^Access to records: /)]);
    expect(row.report_md).toContain('## Recommendation: MODIFY');
    expect(row.report_md).toContain('- Unannounced visits: ');
  });

  it('maintains the MOU with INSUFFICIENT_DATA on four requests, to be reviewed again in 6 months', async () => {
    const { row } = await programmeYear(Array.from({ length: 4 }, (_, i) => ({ day: i * 20, heldAfter: 30, usReportAfter: 20 })));
    expect(row).toMatchObject({ recommendation: 'MAINTAIN', flags: ['INSUFFICIENT_DATA'] });
    expect(row.decision).toMatchObject({ reReviewInMonths: 6, reasons: [expect.objectContaining({ rule: 'minimumRequests', figure: 4, threshold: 5 })] });
    expect(row.report_md).toMatch(/Review again on \d{4}-\d{2}-\d{2}\./);
  });

  it('leaves out a request the US withdrew within its 60 days, and counts one withdrawn after them as unanswered', async () => {
    const visits: VisitPlan[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ day: i * 10, heldAfter: 30, usReportAfter: 20 })),
      { day: 50, withdrawnAfter: 10 },
      { day: 60, withdrawnAfter: 70 },
    ];
    const { row } = await programmeYear(visits);
    expect(row.metrics).toMatchObject({ visitsRequested: 6, visitsDue: 6, visitsHeld: 5, backlogOlderThan60Days: 1 });
    expect(row.report_md).toContain('A request the US withdrew (its case closed or withdrawn) before the request was overdue is left out');
  });
});
