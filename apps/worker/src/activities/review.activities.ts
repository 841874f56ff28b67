import { log } from '@temporalio/activity';
import { DataSource, EntityManager } from 'typeorm';
import { announce, appendRecordEvent, loadReviewInputs, loadYearReviewFacts } from '@mou/persistence';
import type { InterimSummary, OpenReviewInput, PublishReviewReportInput, ReviewActivities, ReviewSignOff, ReviewStep, YearReviewInput, YearReviewOutcome } from '@mou/workflows';
import { computeMetrics, decideRecommendation, type ReviewDecision } from '@mou/domain';
import { enqueueNotification, usersWithRole } from '../notifications/outbox';
import { interimSummaryNotice, reportNotice, signedOffNotice, signOffReminderNotice } from '../notifications/review-notifications';
import { renderFactsCsv } from '../review/facts-csv';
import { renderHtml } from '../review/render-html';
import { renderMarkdown } from '../review/render-markdown';
import { DEFAULT_REPORT_FONT, renderPdf, type ReportFont } from '../review/render-pdf';
import type { ReviewReportSource } from '../review/report-model';
import { buildReviewReport, reportFilename } from '../review/review-report';

type ReportNames = ReviewReportSource['names'];

/**
 * The one-year review's row, report and deliveries, on PostgreSQL. Every write is keyed by the
 * review id (and the quarter, the reminder), and every notification by its cause, so a retried
 * activity changes nothing twice and nobody hears the same thing twice.
 */
export class MouReviewActivities implements ReviewActivities {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reportFont: ReportFont = DEFAULT_REPORT_FONT,
  ) {}

  computeReviewMetrics = async (query: { from: number; to: number; asOf: number }) => computeMetrics(await loadReviewInputs(this.dataSource.manager, query));

  /** The year end: the facts read once, the rule applied to them, the report built on exactly those. */
  publishYearReview = async (input: YearReviewInput): Promise<YearReviewOutcome> => {
    const started = Date.now();
    // The case references come with the facts (one query); the facility names are read beside them.
    const [{ inputs, caseReferences }, facilities] = await Promise.all([loadYearReviewFacts(this.dataSource.manager, { ...input.window, asOf: input.asOf }), this.facilityNames()]);
    const names: ReportNames = { cases: caseReferences, facilities };
    const factsMs = Date.now() - started;
    const metrics = computeMetrics(inputs);
    const decision = decideRecommendation(metrics, input.thresholds);
    const { reviewId, sequence, occurredAt, periodStart, periodEnd } = input;
    await this.publish({ reviewId, sequence, occurredAt, periodStart, periodEnd, inputs, metrics, decision }, names);
    log.info('Year-end review stored', { reviewId, requests: inputs.requests.length, factsMs, totalMs: Date.now() - started });
    return { metrics, decision };
  };

  loadReviewInputs = (query: { from: number; to: number; asOf: number }) => loadReviewInputs(this.dataSource.manager, query);

  openReview = (input: OpenReviewInput) =>
    this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO reviews (id, period_start, period_end, status) VALUES ($1, $2, $3, 'RUNNING') ON CONFLICT (id) DO NOTHING`,
        [input.reviewId, input.periodStart, input.periodEnd],
      );
      await appendRecordEvent(em, 'review', input.reviewId, 'REVIEW_OPENED', 'system', { periodStart: input.periodStart, periodEnd: input.periodEnd });
      await this.announce(em, input, 'REVIEW_OPENED');
    });

  recordInterimSummary = (input: ReviewStep & { periodStart: string; summary: InterimSummary }) =>
    this.dataSource.transaction(async (em) => {
      const [row] = (await em.query('SELECT interim, period_end::text AS "periodEnd" FROM reviews WHERE id = $1 FOR UPDATE', [input.reviewId])) as {
        interim: InterimSummary[];
        periodEnd: string;
      }[];
      const interim = [...row.interim.filter((s) => s.quarter !== input.summary.quarter), input.summary].sort((a, b) => a.quarter - b.quarter);
      await em.query('UPDATE reviews SET interim = $2, updated_at = now() WHERE id = $1', [input.reviewId, JSON.stringify(interim)]);
      await appendRecordEvent(em, 'review', input.reviewId, 'REVIEW_INTERIM_SUMMARY', 'system', { quarter: input.summary.quarter });
      await this.notifyPolicy(em, interimSummaryNotice(input.reviewId, input.periodStart, row.periodEnd, input.summary));
      await this.announce(em, input, 'REVIEW_INTERIM_SUMMARY');
    });

  /** Renders the three formats from one content model, stores them with the decision, and delivers the report. */
  publishReviewReport = async (input: PublishReviewReportInput) => this.publish(input, await this.names(input));

  private async publish(input: PublishReviewReportInput, names: ReportNames): Promise<void> {
    const started = Date.now();
    const report = buildReviewReport({ ...input, names });
    const markdown = renderMarkdown(report);
    const html = renderHtml(report);
    const pdf = await renderPdf(report, new Date(input.metrics.asOf), this.reportFont);
    const factsCsv = renderFactsCsv({ ...input, names });
    const renderedMs = Date.now() - started;
    const filename = reportFilename(input.reviewId, 'pdf');
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE reviews SET status = CASE WHEN status = 'SIGNED_OFF' THEN status ELSE 'AWAITING_SIGN_OFF' END,
                recommendation = $2, flags = $3, decision = $4, metrics = $5, report_md = $6, report_html = $7, report_pdf = $8,
                report_facts_csv = $9, updated_at = now()
          WHERE id = $1`,
        [input.reviewId, input.decision.recommendation, input.decision.flags, JSON.stringify(input.decision), JSON.stringify(input.metrics), markdown, html, pdf, factsCsv],
      );
      await appendRecordEvent(em, 'review', input.reviewId, 'REVIEW_REPORTED', 'system', { recommendation: input.decision.recommendation });
      // The dispatcher attaches the PDF by reading it back from this row (kind 'review-report').
      await this.notifyPolicy(em, reportNotice(input.reviewId, input.periodStart, input.decision, filename));
      await this.announce(em, input, 'REVIEW_REPORTED');
    });
    log.info('Review report rendered and stored', { reviewId: input.reviewId, renderedMs, storedMs: Date.now() - started - renderedMs });
  }

  remindReviewSignOff = (input: ReviewStep & { periodStart: string; reminder: number; decision: ReviewDecision }) =>
    this.dataSource.transaction(async (em) => {
      await this.notifyPolicy(em, signOffReminderNotice(input.reviewId, input.periodStart, input.decision, input.reminder));
      await this.announce(em, input, 'REVIEW_SIGN_OFF_REMINDER');
    });

  recordReviewSignOff = (input: ReviewStep & { periodStart: string; signOff: ReviewSignOff; recommendation: string }) =>
    this.dataSource.transaction(async (em) => {
      await em.query(
        `UPDATE reviews SET status = 'SIGNED_OFF', signed_off_by = $2, signed_off_at = $3, sign_off_note = $4, updated_at = now() WHERE id = $1`,
        [input.reviewId, input.signOff.by, input.signOff.at, input.signOff.note],
      );
      await appendRecordEvent(em, 'review', input.reviewId, 'REVIEW_SIGNED_OFF', input.signOff.by, { note: input.signOff.note });
      const [signer] = (await em.query('SELECT display_name AS name FROM users WHERE id = $1', [input.signOff.by])) as { name: string }[];
      await this.notifyPolicy(em, signedOffNotice(input.reviewId, input.periodStart, input.recommendation, input.signOff, signer?.name ?? 'A policy user'));
      await this.announce(em, input, 'REVIEW_SIGNED_OFF');
    });

  private async notifyPolicy(em: EntityManager, notice: Omit<Parameters<typeof enqueueNotification>[1], 'recipientIds'>): Promise<void> {
    await enqueueNotification(em, { ...notice, recipientIds: await usersWithRole(em, 'policy') });
  }

  private announce(em: EntityManager, step: ReviewStep, type: string): Promise<void> {
    return announce(em, { stream: 'review', id: step.reviewId, sequence: step.sequence, type, occurredAt: step.occurredAt });
  }

  /** Every facility's name, by id (a few hundred rows). */
  private async facilityNames(): Promise<Record<string, string>> {
    const rows = (await this.dataSource.query('SELECT id, name FROM facilities')) as { id: string; name: string }[];
    return Object.fromEntries(rows.map((f) => [f.id, f.name]));
  }

  /** Case references and facility names for the report's appendix. */
  private async names({ inputs }: PublishReviewReportInput): Promise<ReportNames> {
    const caseIds = [...new Set([...inputs.requests, ...inputs.usReports].map((f) => f.caseId))];
    const facilityIds = [...new Set(inputs.requests.map((r) => r.facilityId))];
    const cases = (await this.dataSource.query('SELECT id, reference FROM cases WHERE id = ANY($1::uuid[])', [caseIds])) as { id: string; reference: string }[];
    const facilities = (await this.dataSource.query('SELECT id, name FROM facilities WHERE id = ANY($1::uuid[])', [facilityIds])) as { id: string; name: string }[];
    return {
      cases: Object.fromEntries(cases.map((c) => [c.id, c.reference])),
      facilities: Object.fromEntries(facilities.map((f) => [f.id, f.name])),
    };
  }
}
