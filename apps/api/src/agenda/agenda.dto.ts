import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, Matches } from 'class-validator';
import { DateProperty, DateTimeProperty, IntProperty, NullableDateTimeProperty, UuidProperty } from '../common/api-properties';

export class SetMeetingDto {
  @ApiProperty({ format: 'date', example: '2027-03-15', description: 'The date of the bilateral meeting (YYYY-MM-DD), today or later' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn must be a date as YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'heldOn must be a real date' })
  heldOn: string;
}

export class BilateralMeetingDto {
  @UuidProperty() id: string;
  @DateProperty({ description: 'The meeting date' }) heldOn: string;
  @UuidProperty({ description: 'Who set the date' }) setBy: string;
}

/**
 * One case on the agenda. Policy staff and administrators see the facility, the request dates and
 * the days overdue; the case and its investigative reasons are shown to supervisors only.
 */
export class AgendaItemDto {
  @ApiProperty({ description: 'The facility the unanswered request concerns' }) facilityName: string;
  @ApiProperty({ description: 'The obligation the PRC has not met', example: 'PRC arranges the requested visit' }) obligation: string;
  @ApiProperty({ example: '1994 Statement of Cooperation' }) legalBasis: string;
  @DateTimeProperty({ description: 'When the US made the request' }) requestedAt: string;
  @NullableDateTimeProperty({ description: 'When the PRC owed its answer; null while a supervisor has the clock paused' }) dueAt: string | null;
  @IntProperty({ description: 'Whole calendar days past the due date today' }) daysOverdue: number;
  @DateTimeProperty({ description: 'When the senior escalation put the case on the agenda' }) placedAt: string;
  @ApiProperty({ type: BilateralMeetingDto, nullable: true, description: 'The meeting it is raised at; null: the next meeting, whose date is not set yet' })
  meeting: BilateralMeetingDto | null;
  @ApiProperty({ description: 'The meeting as pages show it: its date, or "the next meeting"' }) meetingLabel: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Supervisors only' }) caseId?: string;
  @ApiPropertyOptional({ description: 'Supervisors only' }) caseReference?: string;
  @ApiPropertyOptional({ description: 'Supervisors only: the allegation the case investigates' }) allegationSummary?: string;
}

export class AgendaDto {
  @ApiProperty({ type: BilateralMeetingDto, nullable: true, description: 'The next meeting with a date set (today or later); null when none is set' })
  nextMeeting: BilateralMeetingDto | null;
  @ApiProperty({ type: [BilateralMeetingDto], description: 'Every meeting from today on, soonest first' }) upcomingMeetings: BilateralMeetingDto[];
  @ApiProperty({ type: [AgendaItemDto], description: 'The cases on the agenda, in the order they were placed there' }) items: AgendaItemDto[];
  @ApiProperty({ description: 'Whether the caller may set a meeting date' }) maySetMeeting: boolean;
  @ApiProperty({ description: 'Whether the items show their case and allegation (supervisors)' }) showsCases: boolean;
}
