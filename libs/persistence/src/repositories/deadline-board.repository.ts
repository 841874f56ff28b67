import type { DeadlineState } from '@mou/domain';
import { boardStateFilter, clockStateSql, daysLeftSql, type BoardStateFilter } from '../deadline-state-sql';
import type { Queryable } from './queryable';

/** The clock states the board counts (cancelled clocks are not shown). */
export const COUNTED_STATES = ['on_track', 'at_risk', 'overdue', 'paused', 'met', 'missed'] as const satisfies readonly DeadlineState[];
export type StateCounts = Record<(typeof COUNTED_STATES)[number], number>;

/** Counts as of a database instant, and the next instant an open clock turns at risk or overdue. */
export interface CountsAt {
  counts: StateCounts;
  /** The database's now() the counts hold at, as PostgreSQL wrote it (microseconds kept). */
  asOf: string;
  /** One millisecond past the next boundary (at the instant itself no clock has crossed yet); null if none. */
  nextBoundary: number | null;
}

/** Clocks that changed state by time alone between two instants, as counts per (from, to). */
export interface Crossings {
  asOf: string;
  moves: { from: DeadlineState; to: DeadlineState; count: number }[];
  nextBoundary: number | null;
}

/** What narrows the board: a state (or `open`), kind, subject, assignee, facility. */
export interface BoardFilter {
  state: BoardStateFilter | null;
  kind?: string;
  subject?: 'case' | 'entry';
  assigneeId?: string;
  facilityId?: string;
}

export interface BoardRow {
  id: string;
  key: string;
  kind: string;
  title: string;
  legalBasis: string;
  owedBy: string;
  state: DeadlineState;
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

/** Each board state filter over the deadlines row `d`, read at now() (the board must stay fast at 300,000 deadlines). */
export const STATE_FILTER: Record<BoardStateFilter, string> = {
  open: boardStateFilter('open', 'd'),
  on_track: boardStateFilter('on_track', 'd'),
  at_risk: boardStateFilter('at_risk', 'd'),
  overdue: boardStateFilter('overdue', 'd'),
  paused: boardStateFilter('paused', 'd'),
  met: boardStateFilter('met', 'd'),
  missed: boardStateFilter('missed', 'd'),
  cancelled: boardStateFilter('cancelled', 'd'),
};

/** The same filters over clocks known to have a due instant (`set`) and known to lack one (`unset`). */
const STATE_FILTER_KNOWN = (dueAt: 'set' | 'unset') =>
  Object.fromEntries(Object.keys(STATE_FILTER).map((state) => [state, boardStateFilter(state as BoardStateFilter, 'd', 'now()', { dueAt })])) as Record<BoardStateFilter, string>;
const STATE_FILTER_DUE = { set: STATE_FILTER_KNOWN('set'), unset: STATE_FILTER_KNOWN('unset') };

/**
 * One page of the board under `where` (a function of whether the clocks read have a due instant),
 * soonest due first (or last; clocks without a due instant after both), with case, facility and
 * assignee. The page's ids are chosen first from the board indexes alone, in two parts read in
 * index order: clocks with a due instant by (due_at, id) from IDX_deadlines_board_due, and those
 * without by id from IDX_deadlines_board_undue; only the page's own rows are then read and joined.
 */
export function boardPageSql(where: (dueAt: 'set' | 'unset') => string, direction: 'ASC' | 'DESC', limit: number, offset: number): string {
  const upTo = limit + offset;
  return `SELECT d.id, d.key, d.kind, d.title, d.legal_basis AS "legalBasis", d.owed_by AS "owedBy", ${clockStateSql('d')} AS state, d.due_at AS "dueAt",
              CASE WHEN d.status = 'open' THEN ${daysLeftSql('d')} END AS "daysLeft",
              d.escalation_level AS "escalationLevel",
              CASE WHEN d.case_id IS NOT NULL THEN 'case' ELSE 'entry' END AS "subjectType",
              COALESCE(d.case_id, d.entry_id) AS "subjectId", COALESCE(c.reference, e.reference) AS reference,
              d.facility_id AS "facilityId", f.name AS "facilityName", d.assignee_id AS "assigneeId", u.display_name AS "assigneeName"
         FROM ((SELECT d.id FROM deadlines d
                 WHERE d.due_at IS NOT NULL AND ${where('set')}
                 ORDER BY d.due_at ${direction}, d.id LIMIT ${upTo})
               UNION ALL
               (SELECT d.id FROM deadlines d
                 WHERE d.due_at IS NULL AND ${where('unset')}
                 ORDER BY d.id LIMIT ${upTo})) p
         JOIN deadlines d ON d.id = p.id
         LEFT JOIN cases c ON c.id = d.case_id
         LEFT JOIN entries e ON e.id = d.entry_id
         LEFT JOIN facilities f ON f.id = d.facility_id
         LEFT JOIN users u ON u.id = d.assignee_id
        ORDER BY d.due_at ${direction} NULLS LAST, d.id
        LIMIT ${limit} OFFSET ${offset}`;
}

/** The page query for one state filter alone (no other filter, no parameters). */
export function boardStatePageSql(state: BoardStateFilter, direction: 'ASC' | 'DESC', limit: number, offset: number): string {
  return boardPageSql((dueAt) => STATE_FILTER_DUE[dueAt][state], direction, limit, offset);
}

const ms = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date).getTime());
// One millisecond past a boundary: at the instant itself the clock has not crossed yet.
const boundary = (value: unknown) => (value === null || value === undefined ? null : ms(value)! + 1);

/** The deadline board's reads: every clock across cases and entries, from the indexed deadlines table. */
export class DeadlineBoardRepository {
  constructor(private readonly db: Queryable) {}

  page(filter: BoardFilter, direction: 'ASC' | 'DESC', limit: number, offset: number): Promise<BoardRow[]> {
    const { where: others, params } = this.where({ ...filter, state: null });
    const where = (dueAt: 'set' | 'unset') => (filter.state ? `${STATE_FILTER_DUE[dueAt][filter.state]} AND ${others}` : others);
    return this.db.query(boardPageSql(where, direction, limit, offset), params);
  }

  /**
   * Count per state under the filter (its state aside), with the instant read and the next
   * boundary, in one statement that reads no clock that is done: met, missed, paused and running
   * from the tallies the writes keep (deadline_tallies), overdue and at risk as two index range
   * counts over running clocks (the same predicates as the state filters), on track as the running
   * tally less those two.
   */
  async countAt(filter: BoardFilter): Promise<CountsAt> {
    const { where, params } = this.where({ ...filter, state: null });
    const tallies = this.tallyWhere(filter, params);
    const [at] = await this.db.query(
      `SELECT n.now::text AS now, ${this.nextBoundarySql(where)} AS next,
              (SELECT json_object_agg(t.bucket, t.n) FROM (SELECT bucket, sum(n)::int AS n FROM deadline_tallies t WHERE ${tallies} GROUP BY bucket) t) AS tallies,
              (SELECT count(*)::int FROM deadlines d WHERE ${where} AND ${STATE_FILTER.overdue}) AS overdue,
              (SELECT count(*)::int FROM deadlines d WHERE ${where} AND ${STATE_FILTER.at_risk}) AS at_risk
         FROM (SELECT now() AS now) n`,
      params,
    );
    const tally = (bucket: string) => Number(at.tallies?.[bucket] ?? 0);
    const counts: StateCounts = {
      on_track: tally('running') - at.overdue - at.at_risk,
      at_risk: at.at_risk,
      overdue: at.overdue,
      paused: tally('paused'),
      met: tally('met'),
      missed: tally('missed'),
    };
    return { counts, asOf: at.now as string, nextBoundary: boundary(at.next) };
  }

  /**
   * The running clocks whose state changed between `asOf` and now by time alone: those whose
   * at-risk or due instant fell between the two (two index range scans), grouped by their state
   * at each instant under the one rule, so every path (on track → at risk → overdue, or on track
   * straight to overdue) is counted as it happened.
   */
  async crossedSince(filter: BoardFilter, asOf: string): Promise<Crossings> {
    const { where, params } = this.where({ ...filter, state: null });
    const since = `$${params.length + 1}::timestamptz`;
    const running = `${where} AND d.status = 'open' AND NOT d.paused`;
    const [row] = await this.db.query(
      `SELECT n.now::text AS now, ${this.nextBoundarySql(where)} AS next,
              (SELECT json_agg(json_build_object('from', m.from_state, 'to', m.to_state, 'count', m.n)) FROM (
                 SELECT ${clockStateSql('d', since)} AS from_state, ${clockStateSql('d', 'n.now')} AS to_state, count(*)::int AS n
                   FROM deadlines d
                  WHERE ${running} AND ((d.at_risk_at > ${since} AND d.at_risk_at <= n.now) OR (d.due_at >= ${since} AND d.due_at < n.now))
                  GROUP BY 1, 2) m
                WHERE m.from_state <> m.to_state) AS moves
         FROM (SELECT now() AS now) n`,
      [...params, asOf],
    );
    return { asOf: row.now as string, moves: row.moves ?? [], nextBoundary: boundary(row.next) };
  }

  /** The next instant a running clock turns at risk or overdue, from the (status, at_risk_at) / (status, due_at) indexes. */
  private nextBoundarySql(where: string): string {
    const running = `${where} AND d.status = 'open' AND NOT d.paused`;
    return `least((SELECT d.at_risk_at FROM deadlines d WHERE ${running} AND d.at_risk_at > n.now ORDER BY d.at_risk_at LIMIT 1),
                  (SELECT d.due_at FROM deadlines d WHERE ${running} AND d.due_at >= n.now ORDER BY d.due_at LIMIT 1))`;
  }

  /** The same filter over deadline_tallies' key (subject, facility and assignee as text, '' for none), reusing `where`'s parameters. */
  private tallyWhere(filter: BoardFilter, params: unknown[]): string {
    const where = ['true'];
    const ref = (value: unknown) => `$${params.indexOf(value) + 1}::text`;
    if (filter.kind) where.push(`t.kind = ${ref(filter.kind)}`);
    if (filter.subject) where.push(`t.subject = '${filter.subject === 'case' ? 'case' : 'entry'}'`);
    if (filter.assigneeId) where.push(`t.assignee_id = ${ref(filter.assigneeId)}`);
    if (filter.facilityId) where.push(`t.facility_id = ${ref(filter.facilityId)}`);
    return where.join(' AND ');
  }

  private where(filter: BoardFilter): { where: string; params: unknown[] } {
    const where: string[] = [filter.state ? STATE_FILTER[filter.state] : 'true'];
    const params: unknown[] = [];
    if (filter.kind) where.push(`d.kind = $${params.push(filter.kind)}`);
    if (filter.subject === 'case') where.push('d.case_id IS NOT NULL');
    if (filter.subject === 'entry') where.push('d.entry_id IS NOT NULL');
    if (filter.assigneeId) where.push(`d.assignee_id = $${params.push(filter.assigneeId)}`);
    if (filter.facilityId) where.push(`d.facility_id = $${params.push(filter.facilityId)}`);
    return { where: where.join(' AND '), params };
  }
}
