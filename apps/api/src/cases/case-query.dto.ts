import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CaseStage } from '@mou/domain';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class CaseQueryDto {
  @ApiPropertyOptional({ enum: Object.values(CaseStage) })
  @IsOptional()
  @IsIn(Object.values(CaseStage))
  stage?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ description: 'Only cases with a clock past its due date' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Only cases with a clock in its at-risk window (reminder sent, not yet due)' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  atRisk?: boolean;

  @ApiPropertyOptional({ description: 'Minimum escalation level reached' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10)
  escalationLevel?: number;

  @ApiPropertyOptional({ enum: ['nextDeadlineAt', '-nextDeadlineAt', 'openedAt', '-openedAt'], default: 'nextDeadlineAt' })
  @IsOptional()
  @IsIn(['nextDeadlineAt', '-nextDeadlineAt', 'openedAt', '-openedAt'])
  sort?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 25, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
