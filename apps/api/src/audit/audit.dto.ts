import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { AuditRow } from '@mou/persistence';
import { DateTimeProperty, IntProperty, NullableStringProperty, ObjectProperty } from '../common/api-properties';
import { PageQueryDto } from '../common/page-query.dto';

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const;

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'auth.login', description: 'What was done: an action, or a prefix ending in a dot (`user.`)' })
  @IsOptional()
  @Matches(/^[a-z][a-z.-]{0,60}$/, { message: 'action must be an action name such as auth.login, or a prefix such as user.' })
  action?: string;

  @ApiPropertyOptional({ enum: AUDIT_OUTCOMES })
  @IsOptional()
  @IsIn(AUDIT_OUTCOMES)
  outcome?: (typeof AUDIT_OUTCOMES)[number];

  @ApiPropertyOptional({ description: 'Part of the subject: an e-mail, a category code, a route' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  target?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this instant (inclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'from must be a date-time' })
  from?: Date;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'to must be a date-time' })
  to?: Date;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Increasing with time' }) id: string;
  @DateTimeProperty() at: string;
  @NullableStringProperty({ description: 'Who acted (a user id); empty for an unknown caller' }) actorId: string | null;
  @NullableStringProperty() actorName: string | null;
  @NullableStringProperty() actorEmail: string | null;
  @ApiProperty({ example: 'auth.login' }) action: string;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome: string;
  @NullableStringProperty({ description: 'The subject: an e-mail, a category code, a route' }) target: string | null;
  @NullableStringProperty() ip: string | null;
  @ObjectProperty({ description: 'What else was recorded (reason, before and after)' }) details: Record<string, unknown>;

  static from(row: AuditRow): AuditEventDto {
    return { ...row, at: new Date(row.at).toISOString() };
  }
}

export class AuditPageDto {
  @IntProperty({ description: 'Events matching the filters' }) total: number;
  @IntProperty() page: number;
  @IntProperty() pageSize: number;
  @ApiProperty({ type: [AuditEventDto], description: 'Newest first' }) items: AuditEventDto[];
}
