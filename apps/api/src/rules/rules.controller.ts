import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiSignedIn } from '../common/api-errors';
import { CaseStagesDto, DeadlineRulesDto } from './rules.dto';
import { RulesService } from './rules.service';

/** The rules the system runs on, read from where they are kept, so pages show them instead of copying them. */
@ApiTags('rules')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('rules')
export class RulesController {
  constructor(private readonly service: RulesService) {}

  @Get('deadlines')
  @ApiOperation({ summary: 'The clock rules and escalation ladders in force' })
  @RequirePermission(Permission.ReferenceDataRead)
  @ApiOkResponse({ type: DeadlineRulesDto })
  deadlines(): Promise<DeadlineRulesDto> {
    return this.service.deadlines();
  }

  @Get('case-stages')
  @ApiOperation({ summary: 'The stages of a case, in the order the process runs' })
  @RequirePermission(Permission.CaseRead)
  @ApiOkResponse({ type: CaseStagesDto })
  caseStages(): CaseStagesDto {
    return this.service.caseStages();
  }
}
