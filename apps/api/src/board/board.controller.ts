import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { DataSource } from 'typeorm';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { BoardDto, BoardQueryDto } from './board.dto';
import { toBoardDto } from './board.mapping';
import { BoardService } from './board.service';
import { toCsv } from '@mou/domain';

@ApiTags('deadline board')
@ApiBearerAuth()
@ApiSignedIn()
@Controller()
export class BoardController {
  constructor(
    private readonly service: BoardService,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

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
    const rows = (await this.service.export(query)) as unknown as Record<string, unknown>[];
    return toCsv(
      [
        { header: 'reference', value: (r) => r.reference },
        { header: 'deadline', value: (r) => r.key },
        { header: 'title', value: (r) => r.title },
        { header: 'state', value: (r) => r.state },
        { header: 'due', value: (r) => r.dueAt },
        { header: 'days left', value: (r) => r.daysLeft },
        { header: 'escalation level', value: (r) => r.escalationLevel },
        { header: 'owed by', value: (r) => r.owedBy },
        { header: 'legal basis', value: (r) => r.legalBasis },
        { header: 'facility', value: (r) => r.facilityName },
        { header: 'assignee', value: (r) => r.assigneeName },
      ],
      rows,
    );
  }

  @Get('cases.csv')
  @ApiOperation({ summary: 'Export all cases as CSV' })
  @RequirePermission(Permission.CaseExport)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="cases.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'Every case as CSV, one a row (up to 50,000)' })
  async casesCsv(): Promise<string> {
    const rows = await this.dataSource.query(
      `SELECT c.reference, c.stage, c.outcome, f.name AS facility, f.status AS "facilityStatus", u.display_name AS assignee,
              c.opened_at AS "openedAt", c.next_deadline_at AS "nextDeadlineAt", c.escalation_level AS "escalationLevel",
              c.allegation_summary AS allegation
         FROM cases c JOIN facilities f ON f.id = c.facility_id JOIN users u ON u.id = c.assignee_id
        ORDER BY c.next_deadline_at NULLS LAST, c.reference LIMIT 50000`,
    );
    return toCsv(
      ['reference', 'stage', 'outcome', 'facility', 'facilityStatus', 'assignee', 'openedAt', 'nextDeadlineAt', 'escalationLevel', 'allegation'].map((k) => ({
        header: k,
        value: (r: Record<string, unknown>) => r[k],
      })),
      rows,
    );
  }
}
