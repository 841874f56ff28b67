import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export const BOARD_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed', 'open'] as const;

export class BoardQueryDto {
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

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional({ enum: ['dueAt', '-dueAt'], default: 'dueAt' })
  @IsOptional()
  @IsIn(['dueAt', '-dueAt'])
  sort?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  pageSize?: number;
}
