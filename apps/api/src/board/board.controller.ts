import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { BoardQueryDto } from './board.dto';
import { BoardService } from './board.service';

@ApiTags('deadline board')
@ApiBearerAuth()
@Controller()
export class BoardController {
  constructor(private readonly service: BoardService) {}

  /** Every open clock across cases and entries, with a count per state. */
  @Get('deadlines')
  @RequirePermission(Permission.DeadlineBoard)
  board(@Query() query: BoardQueryDto) {
    return this.service.board(query);
  }

  @Get('deadlines.csv')
  @RequirePermission(Permission.DeadlineBoard)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="deadlines.csv"')
  @ApiProduces('text/csv')
  async deadlinesCsv(@Query() query: BoardQueryDto): Promise<string> {
    return this.service.deadlinesCsv(query);
  }

  @Get('cases.csv')
  @RequirePermission(Permission.CaseExport)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cases.csv"')
  @ApiProduces('text/csv')
  async casesCsv(): Promise<string> {
    return this.service.casesCsv();
  }
}
