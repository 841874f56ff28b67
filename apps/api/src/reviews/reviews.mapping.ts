import { ReviewSummaryDto } from './reviews.dto';

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
    signedOffAt: iso(row.signedOffAt),
    createdAt: iso(row.createdAt)!,
  };
}
