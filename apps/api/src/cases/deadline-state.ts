/**
 * A clock's state on the board, derived from its read-model row and the time now, in SQL (for
 * filters over many rows) and in TypeScript (for one case's detail). Keep the two in step.
 */
export type BoardState = 'on_track' | 'at_risk' | 'overdue' | 'paused' | 'met' | 'missed' | 'cancelled';

export const BOARD_STATE_SQL = (d: string, now = 'now()') => `
  CASE
    WHEN ${d}.status = 'met' THEN 'met'
    WHEN ${d}.status = 'missed' THEN 'missed'
    WHEN ${d}.status = 'cancelled' THEN 'cancelled'
    WHEN ${d}.paused THEN 'paused'
    WHEN ${d}.due_at < ${now} THEN 'overdue'
    WHEN ${d}.at_risk_at <= ${now} THEN 'at_risk'
    ELSE 'on_track'
  END`;

export function boardState(row: { status: string; paused: boolean; dueAt: Date | null; atRiskAt: Date | null }, now: number): BoardState {
  if (row.status === 'met' || row.status === 'missed' || row.status === 'cancelled') return row.status;
  if (row.paused) return 'paused';
  if (row.dueAt && row.dueAt.getTime() < now) return 'overdue';
  if (row.atRiskAt && row.atRiskAt.getTime() <= now) return 'at_risk';
  return 'on_track';
}

/** Whole days left (negative: days late), counted from now to the due instant. */
export function daysLeft(dueAt: Date | null, now: number): number | null {
  if (!dueAt) return null;
  const diff = dueAt.getTime() - now;
  return diff >= 0 ? Math.ceil(diff / 86_400_000) : -Math.floor(-diff / 86_400_000);
}
