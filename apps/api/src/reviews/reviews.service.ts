import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { Client, WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { computeMetrics, decideRecommendation, DEFAULT_REVIEW_THRESHOLDS, parseIsoDate, ReviewThresholds, thresholdProblems } from '@mou/domain';
import { loadReviewInputs, ReviewRepository } from '@mou/persistence';
import { reviewWorkflowId, TEMPORAL_OPTIONS, TemporalClientOptions } from '@mou/temporal';
import { MouReviewInput, reviewOpenedUpdate, signOffReviewUpdate } from '@mou/workflows';
import { AuthUser } from '../auth/auth.decorators';
import { httpErrorFromWorkflow } from '../common/workflow-errors';
import { ReviewThresholdsDto, SignOffReviewDto, StartReviewDto, WhatIfQueryDto } from './reviews.dto';
import { SettingsService } from '../settings/settings.service';

const REVIEW_ID = /^mou-review-\d{4}-\d{2}-\d{2}$/;

const invalid = (fields: Record<string, string[]>) => new BadRequestException({ message: `Invalid input: ${Object.keys(fields).join(', ')}`, fields });

export type ReportFormat = 'md' | 'html' | 'pdf' | 'facts';

const REPORT: Record<ReportFormat, { type: string; disposition: 'inline' | 'attachment'; file: string }> = {
  md: { type: 'text/markdown; charset=utf-8', disposition: 'attachment', file: 'md' },
  html: { type: 'text/html; charset=utf-8', disposition: 'inline', file: 'html' },
  pdf: { type: 'application/pdf', disposition: 'attachment', file: 'pdf' },
  /** Every request and US report the decision counted (the appendices list the first rows of a large year). */
  facts: { type: 'text/csv; charset=utf-8', disposition: 'attachment', file: 'facts.csv' },
};

/** A date field of the request, as the instant of its UTC midnight; 400 naming the field when it is no real date. */
function dateField(field: string, value: string): number {
  try {
    return parseIsoDate(value);
  } catch {
    throw invalid({ [field]: [`${field} is not a real date: ${value}`] });
  }
}

/**
 * The overrides an administrator or analyst gives, merged over the defaults and checked by the
 * domain's thresholdProblems; 400 naming each offending threshold.
 */
function checkedThresholds(
  dto: ReviewThresholdsDto | undefined,
  base: ReviewThresholds,
  prefix = '',
): { overrides: Partial<ReviewThresholds>; thresholds: ReviewThresholds } {
  const keys = Object.keys(DEFAULT_REVIEW_THRESHOLDS) as (keyof ReviewThresholds)[];
  // The settings in force, then what the request gives.
  const overrides: Partial<ReviewThresholds> = { ...base };
  for (const key of keys) {
    const value = dto?.[key];
    if (value !== undefined) overrides[key] = value;
  }
  const thresholds = { ...DEFAULT_REVIEW_THRESHOLDS, ...overrides };
  const problems = thresholdProblems(thresholds);
  if (problems.length === 0) return { overrides, thresholds };
  const fields: Record<string, string[]> = {};
  for (const problem of problems) {
    // Each sentence opens with the threshold it is about.
    const key = keys.find((k) => problem.startsWith(`${k} `)) ?? 'thresholds';
    (fields[`${prefix}${key}`] ??= []).push(problem);
  }
  throw invalid(fields);
}

@Injectable()
export class ReviewsService {
  private readonly reviews: ReviewRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Client) private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly temporalOptions: TemporalClientOptions,
    @Inject(SettingsService) private readonly settings: SettingsService,
  ) {
    this.reviews = new ReviewRepository(dataSource);
  }

  /** The review thresholds of the settings version in force: a new review and what-if start from them. */
  async thresholdsInForce(): Promise<ReviewThresholds> {
    return { ...DEFAULT_REVIEW_THRESHOLDS, ...(await this.settings.current()).reviewThresholds };
  }

  /** Starts the programme year's review, or finds the one already started for that day. */
  async start(dto: StartReviewDto): Promise<{ created: boolean; review: Awaited<ReturnType<ReviewsService['detail']>> }> {
    dateField('periodStart', dto.periodStart);
    const { overrides } = checkedThresholds(dto.thresholds, await this.thresholdsInForce(), 'thresholds.');
    const id = reviewWorkflowId(dto.periodStart);
    const existed = (await this.find(id)) !== undefined;
    // The review keeps the schedule of the settings version in force (docs/domain.md §7).
    const { reviewSchedule } = await this.settings.current();
    const input: MouReviewInput = {
      periodStart: dto.periodStart,
      thresholds: overrides,
      reminderEveryDays: dto.reminderEveryDays ?? reviewSchedule.signOffReminderDays,
      interimSummaryMonths: reviewSchedule.interimSummaryMonths,
    };
    try {
      await this.temporal.workflow.executeUpdateWithStart(reviewOpenedUpdate, {
        startWorkflowOperation: new WithStartWorkflowOperation('mouReview', {
          workflowId: id,
          taskQueue: this.temporalOptions.taskQueue,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          // A signed-off review is finished for good; one that failed may be started again.
          workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
        }),
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError) || !existed) throw error;
    }
    return { created: !existed, review: await this.detail(id) };
  }

  list() {
    return this.reviews.list();
  }

  async detail(id: string) {
    const row = await this.find(id);
    if (!row) throw new NotFoundException(`Review ${id} was not found`);
    const base = `/api/v1/reviews/${row.id}/report`;
    return {
      id: row.id,
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      status: row.status,
      recommendation: row.recommendation,
      flags: row.flags,
      interim: row.interim,
      decision: row.decision,
      metrics: row.metrics,
      report: row.hasReport ? { markdown: `${base}.md`, html: `${base}.html`, pdf: `${base}.pdf`, facts: `/api/v1/reviews/${row.id}/facts.csv` } : null,
      signOff: row.signedOffAt
        ? { by: { id: row.signedOffBy, name: row.signedOffByName }, at: new Date(row.signedOffAt).toISOString(), note: row.signOffNote }
        : null,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }

  /** The stored report, as written when the year ended; 409 while the year is still running. */
  async report(id: string, format: ReportFormat): Promise<StreamableFile> {
    const spec = REPORT[format];
    if (!REVIEW_ID.test(id)) throw new NotFoundException(`Review ${id} was not found`);
    const row = await this.reviews.report(id, format);
    if (!row) throw new NotFoundException(`Review ${id} was not found`);
    if (row.content === null) throw new ConflictException({ message: `The report is written when the programme year ends on ${row.periodEnd}.`, reason: 'ReportNotReady' });
    const content = typeof row.content === 'string' ? Buffer.from(row.content, 'utf8') : row.content;
    return new StreamableFile(content, { type: spec.type, disposition: `${spec.disposition}; filename="${id}.${spec.file}"`, length: content.length });
  }

  async signOff(user: AuthUser, id: string, dto: SignOffReviewDto) {
    const row = await this.find(id);
    if (!row) throw new NotFoundException(`Review ${id} was not found`);
    if (row.status === 'SIGNED_OFF') {
      throw new ConflictException({ message: `The review was already signed off on ${new Date(row.signedOffAt!).toISOString().slice(0, 10)}.`, reason: 'IllegalTransition' });
    }
    try {
      await this.temporal.workflow.getHandle(id).executeUpdate(signOffReviewUpdate, { args: [{ actor: { id: user.id, role: user.role }, note: dto.note }] });
    } catch (error) {
      throw httpErrorFromWorkflow(error);
    }
    return this.detail(id);
  }

  /** What the rule gives on the read model now, over any window and thresholds; starts and stores nothing. */
  async whatIf(query: WhatIfQueryDto) {
    const from = dateField('from', query.from);
    const to = dateField('to', query.to);
    if (!(from < to)) throw invalid({ to: ['to must be after from'] });
    const { thresholds } = checkedThresholds(query, await this.thresholdsInForce());
    const asOf = Date.now();
    const metrics = computeMetrics(await loadReviewInputs(this.dataSource.manager, { from, to, asOf }));
    const decision = decideRecommendation(metrics, thresholds);
    return {
      window: { from: query.from, to: query.to },
      asOf: new Date(asOf).toISOString(),
      recommendation: decision.recommendation,
      flags: decision.flags,
      decision,
      metrics,
    };
  }

  private async find(id: string) {
    return REVIEW_ID.test(id) ? this.reviews.find(id) : undefined;
  }
}
