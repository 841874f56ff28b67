import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { CaseDetailDto, ChainVerificationDto, OpenCaseDto } from './cases.dto';
import { CasesService } from './cases.service';
import { parseIdempotencyKey } from './idempotency';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly service: CasesService) {}

  @Post()
  @RequirePermission(Permission.CaseCreate)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the same case' })
  open(@CurrentUser() user: AuthUser, @Body() dto: OpenCaseDto, @Headers('idempotency-key') key?: string): Promise<CaseDetailDto> {
    return this.service.open(user, dto, parseIdempotencyKey(key));
  }

  @Get(':id')
  @RequirePermission(Permission.CaseRead)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetailDto> {
    return this.service.detail(user, id);
  }

  @Get(':id/verification')
  @RequirePermission(Permission.CaseRead)
  verify(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<ChainVerificationDto> {
    return this.service.verify(user, id);
  }
}
