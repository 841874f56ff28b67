import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiSignedIn } from '../common/api-errors';
import { ImportReportDto, ImportRequestDto } from './import.dto';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('imports')
export class ImportsController {
  constructor(private readonly service: ImportsService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Load historical cases with their dated facts',
    description:
      'Each case is checked whole (its fields, its investigator, its facts in the order they happened against the legal moves, no date in the future) before its workflow starts; a refused case writes nothing. A case whose externalReference was imported before is left as it is.',
  })
  @RequirePermission(Permission.ImportRun)
  @ApiOkResponse({ type: ImportReportDto, description: 'What was created, what already existed, what was refused and why' })
  @ApiBodyErrors()
  run(@CurrentUser() user: AuthUser, @Body() body: ImportRequestDto): Promise<ImportReportDto> {
    return this.service.run(user, body);
  }
}
