import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { UserQueryDto, UserSummaryDto } from './users.dto';
import { UsersService } from './users.service';

/** Who can be assigned or asked: names and roles of active users (no e-mail for other roles' eyes). */
@ApiTags('users')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('users')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'List active users, optionally by role, each saying whether a case may be assigned to them' })
  @RequirePermission(Permission.UserRead)
  @ApiOkResponse({ type: [UserSummaryDto], description: 'Active users, by role and name' })
  @ApiErrors(400)
  list(@Query() query: UserQueryDto): Promise<UserSummaryDto[]> {
    return this.service.list(query);
  }
}
