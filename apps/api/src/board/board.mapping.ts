import type { BoardRow } from '@mou/persistence';
import type { StateCounts } from './board-summary.cache';
import { BoardDto, BoardItemDto, BoardSummaryDto } from './board.dto';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function toBoardItemDto(row: BoardRow): BoardItemDto {
  return { ...row, dueAt: iso(row.dueAt) };
}

export function toBoardDto(board: { summary: StateCounts; total: number; page: number; pageSize: number; items: BoardRow[] }): BoardDto {
  const { on_track, at_risk, overdue, paused, met, missed } = board.summary;
  const summary: BoardSummaryDto = { on_track, at_risk, overdue, paused, met, missed };
  return { summary, total: board.total, page: board.page, pageSize: board.pageSize, items: board.items.map(toBoardItemDto) };
}
