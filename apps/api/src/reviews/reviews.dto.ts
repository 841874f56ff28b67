import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  DateProperty,
  DateTimeProperty,
  IntProperty,
  NullableDateTimeProperty,
  NullableObjectProperty,
  NullableStringProperty,
  ObjectProperty,
  NullableUuidProperty,
} from '../common/api-properties';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = { allowNaN: false, allowInfinity: false };

/**
 * Overrides of the decision rule's thresholds (docs/domain.md §7); any left out keep their defaults.
 * Each is checked here as a number, then all together by the domain's thresholdProblems.
 */
export class ReviewThresholdsDto {
  @ApiPropertyOptional({ example: 5 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) minimumRequests?: number;
  @ApiPropertyOptional({ example: 0.33 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) revokeGrantRateBelow?: number;
  @ApiPropertyOptional({ example: 0.2 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) revokeOnTimeRateBelow?: number;
  @ApiPropertyOptional({ example: 180 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) revokeOpenAfterDays?: number;
  @ApiPropertyOptional({ example: 0.5 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) revokeOpenShare?: number;
  @ApiPropertyOptional({ example: 0.8 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) maintainGrantRateAtLeast?: number;
  @ApiPropertyOptional({ example: 0.7 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) maintainOnTimeRateAtLeast?: number;
  @ApiPropertyOptional({ example: 0.7 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) maintainReportOnTimeRateAtLeast?: number;
  @ApiPropertyOptional({ example: 120 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) maintainMaxOpenDays?: number;
  @ApiPropertyOptional({ example: 0.8 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) usComplianceRateAtLeast?: number;
  @ApiPropertyOptional({ example: 6 }) @IsOptional() @Type(() => Number) @IsNumber(NUMBER) insufficientDataReReviewMonths?: number;
}

export class StartReviewDto {
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First day of the programme year; the review runs twelve months from it' })
  @Matches(DATE, { message: 'periodStart must be a date YYYY-MM-DD' })
  periodStart: string;

  @ApiPropertyOptional({ type: ReviewThresholdsDto, description: 'Fixed for the life of the review; defaults for any left out' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReviewThresholdsDto)
  thresholds?: ReviewThresholdsDto;

  @ApiPropertyOptional({ example: 7, description: 'Days between sign-off reminders to policy staff' })
  @IsOptional()
  @IsNumber(NUMBER)
  @IsPositive()
  reminderEveryDays?: number;
}

/** `GET /reviews/what-if?from=&to=&<threshold>=…`: the window, and any thresholds to try. */
export class WhatIfQueryDto extends ReviewThresholdsDto {
  @ApiProperty({ example: '2026-01-01', format: 'date', description: 'First day of the window (inclusive)' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2027-01-01', format: 'date', description: 'Day the window ends (exclusive), as a review period ends' })
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to: string;
}

export class SignOffReviewDto {
  @ApiPropertyOptional({ description: 'Why the signer agrees; required to sign off a REVOKE carrying US_NONCOMPLIANCE' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}

export const REVIEW_ID_PATTERN = '^mou-review-\\d{4}-\\d{2}-\\d{2}$';
export const REVIEW_STATUSES = ['RUNNING', 'AWAITING_SIGN_OFF', 'SIGNED_OFF'];
export const RECOMMENDATIONS = ['MAINTAIN', 'MODIFY', 'REVOKE'];
export const REVIEW_FLAGS = ['INSUFFICIENT_DATA', 'US_NONCOMPLIANCE'];

/** Where the stored report can be downloaded, once the year has ended. */
export class ReviewReportLinksDto {
  @ApiProperty({ example: '/api/v1/reviews/mou-review-2026-01-01/report.md' }) markdown: string;
  @ApiProperty() html: string;
  @ApiProperty() pdf: string;
  @ApiProperty({ description: 'Every request and US report the decision counted, as CSV' }) facts: string;
}

export class ReviewSignerDto {
  @NullableUuidProperty() id: string | null;
  @NullableStringProperty() name: string | null;
}

export class ReviewSignOffDto {
  @ApiProperty({ type: ReviewSignerDto }) by: ReviewSignerDto;
  @DateTimeProperty() at: string;
  @NullableStringProperty() note: string | null;
}

export class ReviewDetailDto {
  @ApiProperty({ pattern: REVIEW_ID_PATTERN, example: 'mou-review-2026-01-01' }) id: string;
  @DateProperty() periodStart: string;
  @DateProperty({ description: 'The day the programme year ends (exclusive)' }) periodEnd: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @NullableStringProperty({ enum: RECOMMENDATIONS, description: 'Null until the year ends' }) recommendation: string | null;
  @ApiProperty({ enum: REVIEW_FLAGS, isArray: true }) flags: string[];
  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The interim summaries sent during the year' })
  interim: Record<string, unknown>[];
  @NullableObjectProperty({ description: 'Recommendation, flags, reasons and amendments, once the year has ended' }) decision: Record<string, unknown> | null;
  @NullableObjectProperty({ description: 'The figures the decision rests on, once the year has ended' }) metrics: Record<string, unknown> | null;
  @ApiProperty({ type: ReviewReportLinksDto, nullable: true }) report: ReviewReportLinksDto | null;
  @ApiProperty({ type: ReviewSignOffDto, nullable: true }) signOff: ReviewSignOffDto | null;
  @DateTimeProperty() createdAt: string;
  @DateTimeProperty() updatedAt: string;
}

/** A year's key figures, for comparing the years side by side (docs/domain.md §7); null rates had nothing due. */
export class ReviewKeyFiguresDto {
  @IntProperty({ description: 'Requests made in the window' }) totalRequests: number;
  @IntProperty({ description: 'Requests whose 60 days had run by the review date' }) requestsDue: number;
  @ApiProperty({ type: 'number', nullable: true, example: 0.17, description: 'Visits held ÷ visits requested' }) visitGrantRate: number | null;
  @ApiProperty({ type: 'number', nullable: true, example: 0, description: 'Visits held within 60 days ÷ visits requested' }) visitOnTimeRate: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'PRC reports within 60 days ÷ reports requested' }) reportOnTimeRate: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'US post-visit reports on time ÷ due' }) usReportOnTimeRate: number | null;
}

export class ReviewSummaryDto {
  @ApiProperty({ pattern: REVIEW_ID_PATTERN }) id: string;
  @DateProperty() periodStart: string;
  @DateProperty() periodEnd: string;
  @ApiProperty({ enum: REVIEW_STATUSES }) status: string;
  @NullableStringProperty({ enum: RECOMMENDATIONS }) recommendation: string | null;
  @ApiProperty({ enum: REVIEW_FLAGS, isArray: true }) flags: string[];
  @IntProperty({ description: 'Interim summaries sent so far' }) interimSummaries: number;
  @ApiProperty({ type: ReviewKeyFiguresDto, nullable: true, description: "The year's key figures, once the year has ended" }) figures: ReviewKeyFiguresDto | null;
  @NullableDateTimeProperty() signedOffAt: string | null;
  @DateTimeProperty() createdAt: string;
}

export class WhatIfWindowDto {
  @DateProperty() from: string;
  @DateProperty({ description: 'Exclusive' }) to: string;
}

/** What the decision rule gives on the data now; nothing is started or stored. */
export class WhatIfDto {
  @ApiProperty({ type: WhatIfWindowDto }) window: WhatIfWindowDto;
  @DateTimeProperty() asOf: string;
  @ApiProperty({ enum: RECOMMENDATIONS }) recommendation: string;
  @ApiProperty({ enum: REVIEW_FLAGS, isArray: true }) flags: string[];
  @ObjectProperty({ description: 'Recommendation, flags, reasons and amendments' }) decision: object;
  @ObjectProperty({ description: 'The figures the decision rests on' }) metrics: object;
}
