import { figureSections } from './figure-sections';
import type { ReviewReport, ReviewReportSource } from './report-model';
import { isoDay } from './report-format';
import { recommendationSections } from './recommendation-sections';
import { reproductionSections } from './reproduction-sections';

/** The report's content (report-model.ts): recommendation and why, the figures, how to reproduce it. */
export function buildReviewReport(source: ReviewReportSource): ReviewReport {
  return {
    reviewId: source.reviewId,
    title: 'One-year review of the US-China MOU on prison-labor products',
    subtitle: `Programme year ${source.periodStart} to ${source.periodEnd} (review date ${isoDay(source.metrics.asOf)}), review ${source.reviewId}`,
    recommendation: source.decision.recommendation,
    flags: source.decision.flags,
    sections: [...recommendationSections(source), ...figureSections(source), ...reproductionSections(source)],
  };
}

/** The file name policy staff see, e.g. mou-review-2026-01-01.pdf. */
export const reportFilename = (reviewId: string, extension: 'md' | 'html' | 'pdf'): string => `${reviewId}.${extension}`;
