import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { IntProperty, NullableDateTimeProperty, ObjectProperty } from '../common/api-properties';
import { DeadlineRuleDto } from '../rules/rules.dto';
import { ReviewThresholdsDto } from '../reviews/reviews.dto';

export class SettingsAuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true }) name: string | null;
}

export class SettingsVersionDto {
  @IntProperty() version: number;
  @ApiProperty() note: string;
  @ApiProperty({ type: SettingsAuthorDto, nullable: true, description: 'Who made the version; null for version 1, the sourced defaults' }) createdBy: SettingsAuthorDto | null;
  @NullableDateTimeProperty() createdAt: string | null;
  @ApiProperty({ type: [DeadlineRuleDto], description: 'The clock rules of this version' }) rules: DeadlineRuleDto[];
  @ApiProperty({ type: ReviewThresholdsDto }) reviewThresholds: ReviewThresholdsDto;
}

export class SettingsDto {
  @ApiProperty({ type: SettingsVersionDto, description: 'The version new cases take' }) current: SettingsVersionDto;
  @ApiProperty({ type: [SettingsVersionDto], description: 'Every version, newest first' }) versions: SettingsVersionDto[];
}

/**
 * A new settings version: changes over the current one. `rules` is keyed by case clock kind, each
 * `{ budget?: { amount }, ladder?: [{ level, offsetDaysFromDue }] }`; the whole is checked by the
 * domain's rules, and every problem is answered under its field.
 */
export class SaveSettingsDto {
  @ObjectProperty({ required: false, example: { PRC_VISIT: { budget: { amount: 45 }, ladder: [{ level: 1, offsetDaysFromDue: -10 }] } } })
  @IsOptional()
  @IsObject()
  rules?: Record<string, unknown>;

  @ApiPropertyOptional({ type: ReviewThresholdsDto })
  @IsOptional()
  @IsObject()
  reviewThresholds?: Record<string, unknown>;

  @ApiProperty({ example: 'Visit budget shortened after the 2026 review' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
}
