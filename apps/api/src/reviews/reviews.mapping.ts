import { ReviewKeyFiguresDto, ReviewSummaryDto } from './reviews.dto';

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date).toISOString());

/** A row of the review list, as the list answers it. */
export function toReviewSummaryDto(row: Record<string, unknown>): ReviewSummaryDto {
  return {
    id: row.id as string,
    periodStart: row.periodStart as string,
    periodEnd: row.periodEnd as string,
    status: row.status as string,
    recommendation: (row.recommendation as string | null) ?? null,
    flags: (row.flags as string[] | null) ?? [],
    interimSummaries: Number(row.interimSummaries),
    figures: keyFigures(row.metrics as Record<string, unknown> | null),
    signedOffAt: iso(row.signedOffAt),
    createdAt: iso(row.createdAt)!,
  };
}

const rate = (value: unknown) => (typeof value === 'number' ? value : null);

/** The figures the years are compared on, picked from the year-end metrics. */
function keyFigures(metrics: Record<string, unknown> | null): ReviewKeyFiguresDto | null {
  if (!metrics) return null;
  return {
    totalRequests: Number(metrics.totalRequests ?? 0),
    requestsDue: Number(metrics.requestsDue ?? 0),
    visitGrantRate: rate(metrics.visitGrantRate),
    visitOnTimeRate: rate(metrics.visitOnTimeRate),
    reportOnTimeRate: rate(metrics.reportOnTimeRate),
    usReportOnTimeRate: rate(metrics.usReportOnTimeRate),
  };
}
