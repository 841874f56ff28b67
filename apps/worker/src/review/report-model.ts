import type { ReviewDecision, ReviewFlag, ReviewInputs, ReviewMetrics, ReviewRecommendation } from '@mou/domain';

/**
 * The one-year review's report as content, before any format: an ordered list of sections, each
 * made of paragraphs, lists, tables and charts. The Markdown, HTML and PDF renderers walk the
 * same model, so the three files say the same thing in the same order, recommendation first.
 */
export interface ReviewReport {
  reviewId: string;
  title: string;
  subtitle: string;
  recommendation: ReviewRecommendation;
  flags: ReviewFlag[];
  sections: ReportSection[];
}

export interface ReportSection {
  heading: string;
  blocks: ReportBlock[];
}

export type ReportBlock =
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; table: ReportTable }
  | { kind: 'chart'; chart: ReportChart };

export interface ReportTable {
  columns: string[];
  rows: string[][];
}

export type Tone = 'good' | 'late' | 'refused' | 'bad' | 'pending';

/**
 * A bar chart: one bar per group, stacked by series. A histogram is the case of one non-zero
 * value per group; the per-quarter outcomes stack several.
 */
export interface ReportChart {
  title: string;
  /** What a bar's length counts, e.g. "requests". */
  unit: string;
  series: { label: string; tone: Tone }[];
  groups: { label: string; values: number[] }[];
}

/** What a report is built from: the workflow's own facts, figures and decision, and display names. */
export interface ReviewReportSource {
  reviewId: string;
  periodStart: string;
  periodEnd: string;
  inputs: ReviewInputs;
  metrics: ReviewMetrics;
  decision: ReviewDecision;
  /** Case references (MOU-2026-000042) and facility names by id, for the appendix. */
  names: { cases: Record<string, string>; facilities: Record<string, string> };
}
