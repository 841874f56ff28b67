import { Controller, Get, Header, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditRepository, toCsv, type AuditFilter } from '@mou/persistence';
import { RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiErrors, ApiSignedIn } from '../common/api-errors';
import { AuditEventDto, AuditPageDto, AuditQueryDto } from './audit.dto';

const CSV_CAP = 50_000;

/** The audit log: sign-ins, refusals and administration, filtered by who, what, subject and time. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('audit-events')
export class AuditController {
  private readonly events: AuditRepository;

  constructor(@Inject(DataSource) dataSource: DataSource) {
    this.events = new AuditRepository(dataSource);
  }

  @Get()
  @ApiOperation({ summary: 'Read the audit log, newest first, a page at a time' })
  @RequirePermission(Permission.AuditRead)
  @ApiOkResponse({ type: AuditPageDto })
  @ApiErrors(400)
  async list(@Query() query: AuditQueryDto): Promise<AuditPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { total, items } = await this.events.page(filterOf(query), pageSize, (page - 1) * pageSize);
    return { total, page, pageSize, items: items.map(AuditEventDto.from) };
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'Export the audit log as CSV under the same filters' })
  @RequirePermission(Permission.AuditRead)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit-log.csv"')
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: `One event a row, newest first (up to ${CSV_CAP.toLocaleString('en-US')})` })
  @ApiErrors(400)
  async csv(@Query() query: AuditQueryDto): Promise<string> {
    const rows = await this.events.all(filterOf(query), CSV_CAP);
    return toCsv(
      [
        { header: 'at', value: (r) => new Date(r.at) },
        { header: 'actor_email', value: (r) => r.actorEmail ?? '' },
        { header: 'actor_name', value: (r) => r.actorName ?? '' },
        { header: 'action', value: (r) => r.action },
        { header: 'outcome', value: (r) => r.outcome },
        { header: 'target', value: (r) => r.target ?? '' },
        { header: 'ip', value: (r) => r.ip ?? '' },
        { header: 'details', value: (r) => JSON.stringify(r.details) },
      ],
      rows,
    );
  }
}

function filterOf(query: AuditQueryDto): AuditFilter {
  return { actorId: query.actorId, action: query.action, outcome: query.outcome, target: query.target, from: query.from, to: query.to };
}
