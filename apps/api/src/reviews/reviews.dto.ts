import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, IsPositive, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMBER = { allowNaN: false, allowInfinity: false };

/**
 * Overrides of the decision rule's thresholds (DOMAIN.md §7); any left out keep their defaults.
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
  @ApiProperty({ example: '2026-01-01', description: 'First day of the programme year; the review runs twelve months from it' })
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
  @ApiProperty({ example: '2026-01-01', description: 'First day of the window (inclusive)' })
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from: string;

  @ApiProperty({ example: '2027-01-01', description: 'Day the window ends (exclusive), as a review period ends' })
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
