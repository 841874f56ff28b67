import { Body, Controller, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiSignedIn, ApiUuidParam, UuidParam } from '../common/api-errors';
import { ChangeRoleDto, CreateOrganisationDto, InvitedPersonDto, InvitePersonDto, OrganisationDto, PasswordLinkSentDto, PersonActionDto, PersonDto } from './people.dto';
import { PeopleService } from './people.service';

/** The administrator's people: every account, its role, its importer, and whether it may act. */
@ApiTags('people')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('people')
export class PeopleController {
  constructor(@Inject(PeopleService) private readonly service: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'List every user, active first' })
  @RequirePermission(Permission.UserManage)
  @ApiOkResponse({ type: [PersonDto] })
  list(): Promise<PersonDto[]> {
    return this.service.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create a user with a role and e-mail them a one-time link to set their password' })
  @RequirePermission(Permission.UserManage)
  @ApiCreatedResponse({ type: InvitedPersonDto })
  @ApiBodyErrors()
  @ApiErrors([409, 'The e-mail already has an account'])
  invite(@CurrentUser() admin: AuthUser, @Body() dto: InvitePersonDto): Promise<InvitedPersonDto> {
    return this.service.invite(admin, dto);
  }

  @Patch(':id/role')
  @ApiOperation({ summary: "Change a user's role (and importer); applies to their very next request" })
  @RequirePermission(Permission.UserManage)
  @ApiUuidParam()
  @ApiOkResponse({ type: PersonDto, description: 'The user as changed' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'Your own account'])
  changeRole(@CurrentUser() admin: AuthUser, @UuidParam() id: string, @Body() dto: ChangeRoleDto): Promise<PersonDto> {
    return this.service.changeRole(admin, id, dto);
  }

  @Post(':id/password-reset')
  @ApiOperation({ summary: "End a user's password and sessions and e-mail them a one-time link to set a new one" })
  @HttpCode(200)
  @RequirePermission(Permission.UserManage)
  @ApiUuidParam()
  @ApiOkResponse({ type: PasswordLinkSentDto })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The user is deactivated'])
  resetPassword(@CurrentUser() admin: AuthUser, @UuidParam() id: string, @Body() dto: PersonActionDto): Promise<PasswordLinkSentDto> {
    return this.service.resetPassword(admin, id, dto.note);
  }

  @Post(':id/deactivate')
  @ApiOperation({ summary: 'Deactivate a user: refused from their very next request, whatever token they hold' })
  @HttpCode(200)
  @RequirePermission(Permission.UserManage)
  @ApiUuidParam()
  @ApiOkResponse({ type: PersonDto, description: 'The user as deactivated' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'Already deactivated, or your own account'])
  deactivate(@CurrentUser() admin: AuthUser, @UuidParam() id: string, @Body() dto: PersonActionDto): Promise<PersonDto> {
    return this.service.deactivate(admin, id, dto.note);
  }
}

/** Importers as organisations: their users see and act on the same entries. */
@ApiTags('people')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('organisations')
export class OrganisationsController {
  constructor(@Inject(PeopleService) private readonly service: PeopleService) {}

  @Get()
  @ApiOperation({ summary: 'List the importers' })
  @RequirePermission(Permission.UserManage)
  @ApiOkResponse({ type: [OrganisationDto], description: 'By name' })
  list(): Promise<OrganisationDto[]> {
    return this.service.organisations();
  }

  @Post()
  @ApiOperation({ summary: 'Add an importer' })
  @RequirePermission(Permission.UserManage)
  @ApiCreatedResponse({ type: OrganisationDto })
  @ApiBodyErrors()
  @ApiErrors([409, 'An importer of this name exists'])
  create(@CurrentUser() admin: AuthUser, @Body() dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.service.createOrganisation(admin, dto);
  }
}
