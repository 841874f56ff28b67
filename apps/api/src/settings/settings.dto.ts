import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IntProperty, NullableDateTimeProperty, NullableIntProperty, ObjectProperty, UuidProperty } from '../common/api-properties';
import { DeadlineRuleDto } from '../rules/rules.dto';
import { ReviewThresholdsDto } from '../reviews/reviews.dto';

export class SettingsAuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true }) name: string | null;
}

/** When the review sends interim summaries and how often it asks for sign-off (docs/domain.md §7). */
export class ReviewScheduleDto {
  @ApiProperty({ type: 'integer', isArray: true, example: [3, 6, 9], description: 'Months into the programme year at whose end policy staff get an interim summary, ascending, from 1 to 11' })
  interimSummaryMonths: number[];
  @IntProperty({ example: 7, description: 'Days between reminders while the recommendation waits for sign-off' }) signOffReminderDays: number;
}

export class SettingsVersionDto {
  @IntProperty() version: number;
  @ApiProperty() note: string;
  @ApiProperty({ type: SettingsAuthorDto, nullable: true, description: 'Who made the version; null for version 1, the sourced defaults' }) createdBy: SettingsAuthorDto | null;
  @NullableDateTimeProperty() createdAt: string | null;
  @ApiProperty({ type: [DeadlineRuleDto], description: 'The clock rules of this version' }) rules: DeadlineRuleDto[];
  @ApiProperty({ type: ReviewThresholdsDto }) reviewThresholds: ReviewThresholdsDto;
  @ApiProperty({ type: ReviewScheduleDto, description: 'The schedule reviews started on this version keep' }) reviewSchedule: ReviewScheduleDto;
}

export class SettingsDto {
  @ApiProperty({ type: SettingsVersionDto, description: 'The version new cases take' }) current: SettingsVersionDto;
  @ApiProperty({ type: [SettingsVersionDto], description: 'Every version, newest first' }) versions: SettingsVersionDto[];
}

/**
 * A new settings version: changes over the current one. `rules` is keyed by case clock kind, each
 * `{ budget?: { amount }, ladder?: [{ level, offsetDaysFromDue?, notify?, remindEveryHours? }] }`
 * (`remindEveryHours: null`: the step does not remind); the whole is checked by the domain's rules,
 * and every problem is answered under its field (`rules.PRC_VISIT.ladder.2.remindEveryHours`).
 */
export class SaveSettingsDto {
  @ObjectProperty({
    required: false,
    example: { PRC_VISIT: { budget: { amount: 45 }, ladder: [{ level: 1, offsetDaysFromDue: -10 }, { level: 2, notify: ['assignee', 'supervisors'], remindEveryHours: 12 }] } },
  })
  @IsOptional()
  @IsObject()
  rules?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ReviewThresholdsDto })
  @IsOptional()
  @IsObject()
  reviewThresholds?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ReviewScheduleDto })
  @IsOptional()
  @IsObject()
  reviewSchedule?: Record<string, unknown>;

  @ApiProperty({ example: 'Visit budget shortened after the 2026 review' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
}

export class OpenCasesOnVersionDto {
  @NullableIntProperty({ description: 'null: opened before settings had versions' }) version: number | null;
  @IntProperty() cases: number;
}

/** What applying the version in force to the open cases would touch, for the administrator to confirm. */
export class OpenCasesToApplyDto {
  @IntProperty({ description: 'The version in force, which the action applies' }) version: number;
  @IntProperty({ description: 'Open cases on an older version (or none): each would move to this one' }) openCases: number;
  @ApiProperty({ type: [OpenCasesOnVersionDto], description: 'Those cases by the version they run on, oldest first' }) byVersion: OpenCasesOnVersionDto[];
}

/** The administrator applies the version in force to the open cases; `version` is the one they confirmed. */
export class ApplySettingsDto {
  @ApiProperty({ type: 'integer', example: 2, description: 'The version in force as the administrator saw it; 409 if another was saved since' })
  @IsInt()
  @Min(1)
  version: number;
}

export class AppliedCaseDto {
  @UuidProperty() id: string;
  @NullableIntProperty({ description: 'The version it ran on before' }) from: number | null;
}

export class SkippedCaseDto {
  @UuidProperty() id: string;
  @ApiProperty({ description: 'Why the case was left as it is (for example: closed meanwhile)' }) reason: string;
}

export class SettingsAppliedDto {
  @IntProperty() version: number;
  @ApiProperty({ type: [AppliedCaseDto], description: 'The open cases moved to the version, their clocks re-projected' }) applied: AppliedCaseDto[];
  @ApiProperty({ type: [SkippedCaseDto], description: 'Cases left as they were' }) skipped: SkippedCaseDto[];
}
