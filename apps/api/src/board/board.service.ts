import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BOARD_STATE_SQL } from '../cases/deadline-state';
import { BoardSummaryCache, StateCounts } from './board-summary.cache';
import { BoardQueryDto } from './board.dto';

const STATE = BOARD_STATE_SQL('d');

/** One page of the board under `where`, soonest due first (or last), with case, facility and assignee. */
export function boardPageSql(where: string, direction: 'ASC' | 'DESC', limit: number, offset: number): string {
  return `SELECT d.id, d.key, d.kind, d.title, d.legal_basis AS "legalBasis", d.owed_by AS "owedBy", ${STATE} AS state, d.due_at AS "dueAt",
              CASE WHEN d.status = 'open' AND d.due_at IS NOT NULL
                   THEN (CASE WHEN d.due_at >= now() THEN ceil(extract(epoch FROM d.due_at - now()) / 86400)
                              ELSE -floor(extract(epoch FROM now() - d.due_at) / 86400) END)::int END AS "daysLeft",
              d.escalation_level AS "escalationLevel",
              CASE WHEN d.case_id IS NOT NULL THEN 'case' ELSE 'entry' END AS "subjectType",
              COALESCE(d.case_id, d.entry_id) AS "subjectId", COALESCE(c.reference, e.reference) AS reference,
              d.facility_id AS "facilityId", f.name AS "facilityName", d.assignee_id AS "assigneeId", u.display_name AS "assigneeName"
         FROM deadlines d
         LEFT JOIN cases c ON c.id = d.case_id
         LEFT JOIN entries e ON e.id = d.entry_id
         LEFT JOIN facilities f ON f.id = d.facility_id
         LEFT JOIN users u ON u.id = d.assignee_id
        WHERE ${where}
        ORDER BY d.due_at ${direction} NULLS LAST, d.id
        LIMIT ${limit} OFFSET ${offset}`;
}

/** Each state as an index-friendly predicate (the board must stay fast at 300,000 deadlines). */
export const STATE_FILTER: Record<string, string> = {
  open: `d.status = 'open'`,
  paused: `d.status = 'open' AND d.paused`,
  overdue: `d.status = 'open' AND NOT d.paused AND d.due_at < now()`,
  // A clock's at-risk instant is set only with its due instant, so a null due_at never counts here.
  at_risk: `d.status = 'open' AND NOT d.paused AND d.at_risk_at <= now() AND d.due_at >= now()`,
  on_track: `d.status = 'open' AND NOT d.paused AND (d.at_risk_at IS NULL OR d.at_risk_at > now()) AND (d.due_at IS NULL OR d.due_at >= now())`,
  met: `d.status = 'met'`,
  missed: `d.status = 'missed'`,
};

export interface BoardRow {
  id: string;
  key: string;
  kind: string;
  title: string;
  legalBasis: string;
  owedBy: string;
  state: string;
  dueAt: Date | null;
  daysLeft: number | null;
  escalationLevel: number;
  subjectType: 'case' | 'entry';
  subjectId: string;
  reference: string;
  facilityId: string | null;
  facilityName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
}

/** The deadline board: every clock across cases and entries, from the indexed deadlines table. */
@Injectable()
export class BoardService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(BoardSummaryCache) private readonly summaries: BoardSummaryCache,
  ) {}

  async board(query: BoardQueryDto) {
    const state = query.state ?? 'open';
    const { where, params } = this.filters(query, state);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [items, summary] = await Promise.all([this.rows(where, params, query.sort, pageSize, (page - 1) * pageSize), this.summary(query)]);
    // The state filters partition the clocks exactly as the summary counts them.
    const total = state === 'open' ? summary.on_track + summary.at_risk + summary.overdue + summary.paused : summary[state];
    return { summary, total, page, pageSize, items };
  }

  /** Rows for a CSV export: the same filters, up to 50,000 rows. */
  export(query: BoardQueryDto): Promise<BoardRow[]> {
    const { where, params } = this.filters(query, query.state ?? 'open');
    return this.rows(where, params, query.sort, 50_000, 0);
  }

  /** Count per state under the same filters (the state filter aside), kept until a clock changes. */
  private summary(query: BoardQueryDto): Promise<StateCounts> {
    const { where, params } = this.filters(query, null);
    const key = JSON.stringify([query.kind, query.subject, query.assigneeId, query.facilityId]);
    const running = `${where} AND d.status = 'open' AND NOT d.paused`;
    // The next instant a running clock turns at risk or overdue, from the (status, at_risk_at) / (status, due_at) indexes.
    const next = `least((SELECT d.at_risk_at FROM deadlines d WHERE ${running} AND d.at_risk_at > n.now ORDER BY d.at_risk_at LIMIT 1),
                        (SELECT d.due_at FROM deadlines d WHERE ${running} AND d.due_at >= n.now ORDER BY d.due_at LIMIT 1))`;
    const ms = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date).getTime());
    // One millisecond past a boundary: at the instant itself the clock has not crossed yet.
    const boundary = (value: unknown) => (value === null || value === undefined ? null : ms(value)! + 1);
    return this.summaries.get(
      key,
      async () => {
        // One statement: the counts, their instant and the next boundary all read at the same now().
        const [at] = await this.dataSource.query(
          `SELECT n.now::text AS now, ${next} AS next,
                  (SELECT json_object_agg(s.state, s.n) FROM (SELECT ${STATE} AS state, count(*)::int AS n FROM deadlines d
                    WHERE ${where} AND d.status <> 'cancelled' GROUP BY 1) s) AS counts
             FROM (SELECT now() AS now) n`,
          params,
        );
        const counts: StateCounts = { on_track: 0, at_risk: 0, overdue: 0, paused: 0, met: 0, missed: 0, ...(at.counts ?? {}) };
        delete counts.cancelled;
        return { counts, asOf: at.now as string, nextBoundary: boundary(at.next) };
      },
      async (asOf) => {
        const since = `$${params.length + 1}::timestamptz`;
        const [row] = await this.dataSource.query(
          `SELECT n.now::text AS now,
                  (SELECT count(*) FROM deadlines d WHERE ${running} AND d.at_risk_at > ${since} AND d.at_risk_at <= n.now)::int AS "toAtRisk",
                  (SELECT count(*) FROM deadlines d WHERE ${running} AND d.due_at >= ${since} AND d.due_at < n.now)::int AS "toOverdue",
                  ${next} AS next
             FROM (SELECT now() AS now) n`,
          [...params, asOf],
        );
        return { asOf: row.now as string, toAtRisk: row.toAtRisk, toOverdue: row.toOverdue, nextBoundary: boundary(row.next) };
      },
    );
  }

  private filters(query: BoardQueryDto, state: string | null) {
    const where: string[] = [state ? STATE_FILTER[state] : 'true'];
    const params: unknown[] = [];
    if (query.kind) where.push(`d.kind = $${params.push(query.kind)}`);
    if (query.subject === 'case') where.push('d.case_id IS NOT NULL');
    if (query.subject === 'entry') where.push('d.entry_id IS NOT NULL');
    if (query.assigneeId) where.push(`d.assignee_id = $${params.push(query.assigneeId)}`);
    if (query.facilityId) where.push(`d.facility_id = $${params.push(query.facilityId)}`);
    return { where: where.join(' AND '), params };
  }

  private rows(where: string, params: unknown[], sort: string | undefined, limit: number, offset: number): Promise<BoardRow[]> {
    return this.dataSource.query(boardPageSql(where, sort === '-dueAt' ? 'DESC' : 'ASC', limit, offset), params);
  }

}
