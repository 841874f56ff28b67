/** Wire types of the mouReview workflow: one per programme year (docs/domain.md §7). */
import type { ReviewDecision, ReviewInputs, ReviewMetrics, ReviewThresholds } from '@mou/domain';
import type { Actor } from '../inspection-case/types';

export type ReviewStatus = 'RUNNING' | 'AWAITING_SIGN_OFF' | 'SIGNED_OFF';

export interface MouReviewInput {
  /** 'YYYY-MM-DD': the programme year runs from this UTC midnight for twelve calendar months. */
  periodStart: string;
  /** An administrator's overrides of DEFAULT_REVIEW_THRESHOLDS, fixed for the life of the review. */
  thresholds?: Partial<ReviewThresholds>;
  /** Days between reminders to policy staff while the recommendation waits for sign-off; DEFAULT_REVIEW_SCHEDULE's by default. */
  reminderEveryDays?: number;
  /**
   * Months into the year at whose end an interim summary is sent (the settings version's review
   * schedule), fixed for the life of the review; DEFAULT_REVIEW_SCHEDULE's (each quarter) by default.
   */
  interimSummaryMonths?: number[];
  /** The review that scheduled this one, and why: the programme's next year, or a re-review of thin data. */
  follows?: ReviewSuccession;
}

/** Why a review was started by the one before it (docs/domain.md §7). */
export type SuccessionReason = 'NEXT_YEAR' | 'INSUFFICIENT_DATA';

export interface ReviewSuccession {
  reviewId: string;
  reason: SuccessionReason;
}

/** The review a finished one scheduled: its id, the first day of its year and why. */
export interface ScheduledReview {
  reviewId: string;
  periodStart: string;
  reason: SuccessionReason;
}

/** The figures of a quarter-end summary: the review's metrics without the requests' day tallies. */
export type InterimMetrics = Omit<ReviewMetrics, 'requestDays'>;

/**
 * What the data said at the end of a quarter. `whatIf` is what the rule would give if the year
 * ended that day: a forecast for policy staff, never the recommendation.
 */
export interface InterimSummary {
  interim: true;
  /** Which summary of the year (1 for the first); named for the quarterly schedule it began with. */
  quarter: number;
  /** Months into the year at whose end it was taken (absent on summaries from before the schedule was a setting: quarter × 3). */
  months?: number;
  /** ISO instant: the quarter's end, the summary's review date. */
  asOf: string;
  metrics: InterimMetrics;
  whatIf: Pick<ReviewDecision, 'recommendation' | 'flags' | 'reasons' | 'amendments' | 'ruleVersion'>;
}

export interface ReviewSignOff {
  by: string;
  role: string;
  /** ISO instant. */
  at: string;
  note: string | null;
}

export interface ReviewState {
  reviewId: string;
  periodStart: string;
  /** 'YYYY-MM-DD', exclusive: the day the year is over and the review wakes. */
  periodEnd: string;
  status: ReviewStatus;
  thresholds: ReviewThresholds;
  reminderEveryDays: number;
  /** The interim schedule this review keeps (absent on reviews from before it was a setting: each quarter). */
  interimSummaryMonths?: number[];
  interim: InterimSummary[];
  decision: ReviewDecision | null;
  /** ISO instant the report was stored and delivered. */
  reportedAt: string | null;
  remindersSent: number;
  signOff: ReviewSignOff | null;
  /** The review this one scheduled when its year ended; null before then (and for reviews that predate succession). */
  successor?: ScheduledReview | null;
  /** Set when another review scheduled this one. */
  follows?: ReviewSuccession | null;
  /** Steps recorded so far (opened, each summary, the report, reminders, sign-off): the live stream's sequence. */
  sequence: number;
}

export interface ReviewStep {
  reviewId: string;
  sequence: number;
  /** ISO instant in workflow time. */
  occurredAt: string;
}

export interface OpenReviewInput extends ReviewStep {
  periodStart: string;
  periodEnd: string;
  thresholds: ReviewThresholds;
}

export interface PublishReviewReportInput extends ReviewStep {
  periodStart: string;
  periodEnd: string;
  /** The facts the decision was taken on, printed in the report so anyone can reproduce it. */
  inputs: ReviewInputs;
  metrics: ReviewMetrics;
  decision: ReviewDecision;
}

/** What the year-end step needs: the window, the review date and the thresholds the decision applies. */
export interface YearReviewInput extends ReviewStep {
  periodStart: string;
  periodEnd: string;
  window: { from: number; to: number };
  asOf: number;
  thresholds: ReviewThresholds;
}

/** The figures and the decision the year-end report was built on. */
export interface YearReviewOutcome {
  metrics: ReviewMetrics;
  decision: ReviewDecision;
}

export interface ReviewActivities {
  /**
   * The review's figures as of `asOf`, computed next to the data: a year's facts (one row per
   * request) can be far larger than a workflow payload; the figures stay small.
   */
  computeReviewMetrics(query: { from: number; to: number; asOf: number }): Promise<ReviewMetrics>;
  /**
   * Reads the year's facts once, applies the rule to them with the review's thresholds, renders the
   * report (Markdown, HTML, PDF, the facts as CSV), stores it, delivers it to every policy user,
   * and returns the figures and the decision.
   */
  publishYearReview(input: YearReviewInput): Promise<YearReviewOutcome>;
  /** Kept for reviews whose history predates computeReviewMetrics: the facts themselves. */
  loadReviewInputs(query: { from: number; to: number; asOf: number }): Promise<ReviewInputs>;
  /** Creates the review's row (RUNNING); a repeat is a no-op. */
  openReview(input: OpenReviewInput): Promise<void>;
  /** Stores a quarter's summary and delivers it to every policy user. */
  recordInterimSummary(input: ReviewStep & { periodStart: string; summary: InterimSummary }): Promise<void>;
  /** Kept for reviews whose history predates publishYearReview: renders, stores and delivers a report on given facts. */
  publishReviewReport(input: PublishReviewReportInput): Promise<void>;
  /** Reminds every policy user that the recommendation waits for their sign-off. */
  remindReviewSignOff(input: ReviewStep & { periodStart: string; reminder: number; decision: ReviewDecision }): Promise<void>;
  recordReviewSignOff(input: ReviewStep & { periodStart: string; signOff: ReviewSignOff; recommendation: string }): Promise<void>;
}

export interface SignOffReviewArgs {
  actor: Actor;
  note?: string;
}
