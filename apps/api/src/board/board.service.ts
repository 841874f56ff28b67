import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BoardFilter, BoardRow, CaseExportRow, CaseRepository, DeadlineBoardRepository, StateCounts, toCsv } from '@mou/persistence';
import { BoardSummaryCache } from './board-summary.cache';
import { BoardQueryDto } from './board.dto';

/** The deadline board: every clock across cases and entries, from the indexed deadlines table. */
@Injectable()
export class BoardService {
  private readonly deadlines: DeadlineBoardRepository;
  private readonly cases: CaseRepository;

  constructor(
    @Inject(DataSource) dataSource: DataSource,
    @Inject(BoardSummaryCache) private readonly summaries: BoardSummaryCache,
  ) {
    this.deadlines = new DeadlineBoardRepository(dataSource);
    this.cases = new CaseRepository(dataSource);
  }

  async board(query: BoardQueryDto) {
    const state = query.state ?? 'open';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [items, summary] = await Promise.all([
      this.deadlines.page(this.filter(query, state), direction(query), pageSize, (page - 1) * pageSize),
      this.summary(query),
    ]);
    // The state filters partition the clocks exactly as the summary counts them.
    const total = state === 'open' ? summary.on_track + summary.at_risk + summary.overdue + summary.paused : summary[state];
    return { summary, total, page, pageSize, items };
  }

  /** Rows for a CSV export: the same filters, up to 50,000 rows. */
  export(query: BoardQueryDto): Promise<BoardRow[]> {
    return this.deadlines.page(this.filter(query, query.state ?? 'open'), direction(query), 50_000, 0);
  }

  /** The board as CSV: the same rows, states and days left as `GET /deadlines`. */
  async deadlinesCsv(query: BoardQueryDto): Promise<string> {
    return toCsv(DEADLINE_COLUMNS, await this.export(query));
  }

  /** Every case as CSV, with the state of its soonest open clock. */
  async casesCsv(): Promise<string> {
    return toCsv(CASE_COLUMNS, await this.cases.exportRows());
  }

  /** Count per state under the same filters (the state filter aside), kept until a clock changes. */
  private summary(query: BoardQueryDto): Promise<StateCounts> {
    const filter = this.filter(query, null);
    const key = JSON.stringify([query.kind, query.subject, query.assigneeId, query.facilityId]);
    return this.summaries.get(
      key,
      () => this.deadlines.countAt(filter),
      (asOf) => this.deadlines.crossedSince(filter, asOf),
    );
  }

  private filter(query: BoardQueryDto, state: BoardFilter['state']): BoardFilter {
    return { state, kind: query.kind, subject: query.subject, assigneeId: query.assigneeId, facilityId: query.facilityId };
  }
}

const direction = (query: BoardQueryDto) => (query.sort === '-dueAt' ? 'DESC' : 'ASC');

const DEADLINE_COLUMNS: { header: string; value: (r: BoardRow) => unknown }[] = [
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
];

const CASE_COLUMNS = (
  ['reference', 'stage', 'outcome', 'facility', 'facilityStatus', 'assignee', 'openedAt', 'nextDeadlineAt', 'escalationLevel', 'allegation', 'deadlineState'] as const
).map((k) => ({ header: k, value: (r: CaseExportRow) => r[k] }));
