import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
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

/** Who can be assigned or asked: names and roles of active users (no e-mail for other roles' eyes). */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  private readonly users: UserRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.users = new UserRepository(dataSource);
  }

  @Get()
  @RequirePermission(Permission.UserRead)
  list(@Query() query: UserQueryDto) {
    return this.users.listActive(query.role);
  }
}
