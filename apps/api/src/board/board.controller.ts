import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { BoardDto, BoardQueryDto } from './board.dto';
import { toBoardDto } from './board.mapping';
import { BoardService } from './board.service';

@ApiTags('deadline board')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class BoardController {
  constructor(private readonly service: BoardService) {}

  /** Every open clock across cases and entries, with a count per state. */
  @Get('deadlines')
  @ApiOperation({ summary: 'The deadline board: every open clock, with a count per state' })
  @RequirePermission(Permission.DeadlineBoard)
  @ApiOkResponse({ type: BoardDto })
  @ApiErrors(400)
  list(@Query() query: BoardQueryDto): Promise<BoardDto> {
    return this.service.board(query).then(toBoardDto);
  }

  @Get('deadlines.csv')
  @ApiOperation({ summary: 'Export the deadline board as CSV' })
  @RequirePermission(Permission.DeadlineBoard)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="deadlines.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The board as CSV, one clock a row (up to 50,000), under the same filters' })
  @ApiErrors(400)
  async deadlinesCsv(@Query() query: BoardQueryDto): Promise<string> {
    return this.service.deadlinesCsv(query);
  }

  @Get('cases.csv')
  @ApiOperation({ summary: 'Export all cases as CSV' })
  @RequirePermission(Permission.CaseExport)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cases.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'Every case as CSV, one a row (up to 50,000)' })
  async casesCsv(): Promise<string> {
    return this.service.casesCsv();
  }
}
