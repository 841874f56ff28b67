import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IntProperty, NullableDateTimeProperty } from '../common/api-properties';

export const CALENDAR_ID_PATTERN = '^[a-z][a-z0-9-]{1,40}$';

export class ChangeClosureDayDto {
  @ApiProperty({ example: '2026-12-24', format: 'date', description: 'The day offices close (or reopen)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be a day as YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: 'Executive order: federal offices closed', description: 'Why, kept with the new version' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(500)
  reason: string;
}

export class CalendarChangeDto {
  @ApiProperty({ type: 'string', format: 'date', isArray: true }) added: string[];
  @ApiProperty({ type: 'string', format: 'date', isArray: true }) removed: string[];
  @ApiProperty() reason: string;
}

export class CalendarAuthorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: 'string', nullable: true }) name: string | null;
}

export class CalendarVersionDto {
  @IntProperty() version: number;
  @ApiProperty({ type: CalendarChangeDto, nullable: true, description: 'What made this version; null for version 1, the rule-based federal holidays' })
  change: CalendarChangeDto | null;
  @ApiProperty({ type: CalendarAuthorDto, nullable: true }) createdBy: CalendarAuthorDto | null;
  @NullableDateTimeProperty() createdAt: string | null;
}

export class CalendarDto {
  @ApiProperty({ pattern: CALENDAR_ID_PATTERN, example: 'us-federal' }) id: string;
  @IntProperty({ description: 'The version in force: new and re-projected deadlines count on it' }) version: number;
  @ApiProperty({ type: 'string', format: 'date', isArray: true, description: 'Closure days of the version in force from a year ago on, sorted' })
  upcoming: string[];
  @ApiProperty({ type: [CalendarVersionDto], description: 'Every version, newest first' }) versions: CalendarVersionDto[];
}

export class CalendarChangedDto extends CalendarDto {
  @IntProperty({ description: 'Open entries whose workflow was given the new version' }) entriesTold: number;
}
