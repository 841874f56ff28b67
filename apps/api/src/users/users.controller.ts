import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { ROLES } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';

export class UserQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;
}

/** Who can be assigned or asked: names and roles of active users (no e-mail for other roles' eyes). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @RequirePermission(Permission.UserRead)
  list(@Query() query: UserQueryDto) {
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", role, email FROM users WHERE active ${query.role ? 'AND role = $1' : ''} ORDER BY role, display_name`,
      query.role ? [query.role] : [],
    );
  }
}
