import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { CLOCK_STATES, DEADLINE_KINDS, OWED_BY } from '../cases/cases.dto';
import { IntProperty, NullableDateTimeProperty, NullableIntProperty, NullableStringProperty, NullableUuidProperty, UuidProperty } from '../common/api-properties';
import { PageQueryDto } from '../common/page-query.dto';

export const BOARD_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'open'] as const;

export class BoardQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BOARD_STATES, description: '`open` = on_track, at_risk, overdue and paused together (the default)' })
  @IsOptional()
  @IsIn(BOARD_STATES)
  state?: (typeof BOARD_STATES)[number];

  @ApiPropertyOptional({ example: 'PRC_VISIT' })
  @IsOptional()
  @Matches(/^[A-Z_]{1,40}$/)
  kind?: string;

  @ApiPropertyOptional({ enum: ['case', 'entry'] })
  @IsOptional()
  @IsIn(['case', 'entry'])
  subject?: 'case' | 'entry';

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: ['dueAt', '-dueAt'], default: 'dueAt' })
  @IsOptional()
  @IsIn(['dueAt', '-dueAt'])
  sort?: string;
}

/** How many clocks are in each state, under the same filters as the page (the state filter aside). */
export class BoardSummaryDto {
  @IntProperty() on_track: number;
  @IntProperty() at_risk: number;
  @IntProperty() overdue: number;
  @IntProperty() paused: number;
  @IntProperty() met: number;
  @IntProperty() missed: number;
}

/** One clock on the board, with what it belongs to. */
export class BoardItemDto {
  @ApiProperty({ description: 'The clock: its case or entry id and its key' }) id: string;
  @ApiProperty({ example: 'PRC_VISIT-1' }) key: string;
  @ApiProperty({ enum: DEADLINE_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() legalBasis: string;
  @ApiProperty({ enum: OWED_BY }) owedBy: string;
  @ApiProperty({ enum: CLOCK_STATES }) state: string;
  @NullableDateTimeProperty({ description: 'Null while paused' }) dueAt: string | null;
  @NullableIntProperty({ description: 'Whole days to the due instant, negative when late' }) daysLeft: number | null;
  @IntProperty() escalationLevel: number;
  @ApiProperty({ enum: ['case', 'entry'] }) subjectType: 'case' | 'entry';
  @UuidProperty({ description: 'The case or entry' }) subjectId: string;
  @ApiProperty({ description: 'The case or entry reference' }) reference: string;
  @NullableUuidProperty() facilityId: string | null;
  @NullableStringProperty() facilityName: string | null;
  @NullableUuidProperty() assigneeId: string | null;
  @NullableStringProperty() assigneeName: string | null;
}

export class BoardDto {
  @ApiProperty({ type: BoardSummaryDto }) summary: BoardSummaryDto;
  @IntProperty({ description: 'Clocks matching every filter, across all pages' }) total: number;
  @IntProperty() page: number;
  @IntProperty() pageSize: number;
  @ApiProperty({ type: [BoardItemDto] }) items: BoardItemDto[];
}
