import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { UuidProperty } from '../common/api-properties';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { ROLES, UserRepository } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';

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
}

/** Who can be assigned or asked: names and roles of active users (no e-mail for other roles' eyes). */
@ApiTags('users')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('users')
export class UsersController {
  private readonly users: UserRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.users = new UserRepository(dataSource);
  }

  @Get()
  @ApiOperation({ summary: 'List active users, optionally by role' })
  @RequirePermission(Permission.UserRead)
  @ApiOkResponse({ type: [UserSummaryDto], description: 'Active users, by role and name' })
  @ApiErrors(400)
  list(@Query() query: UserQueryDto): Promise<UserSummaryDto[]> {
    return this.users.listActive(query.role) as Promise<UserSummaryDto[]>;
  }
}
