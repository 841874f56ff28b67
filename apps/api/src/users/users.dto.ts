import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROLES } from '@mou/persistence';
import { UuidProperty } from '../common/api-properties';

export class UserQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;
}

export class UserSummaryDto {
  @UuidProperty() id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ description: 'Whether a case may be assigned to this user (docs/domain.md §2)' }) mayHoldCases: boolean;
}
