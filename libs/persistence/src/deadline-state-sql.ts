/**
 * The domain's clock-state rule (CLOCK_STATE_RULE, libs/domain deadline-state) rendered to SQL over
 * the deadlines table, for filters and counts over many rows. Every expression here is built from
 * that one ordered list and DAY_MS, so the SQL cannot say anything the TypeScript rule does not.
 */
import { CLOCK_STATE_RULE, CLOCK_STATUSES, DAY_MS, type ClockCondition, type ClockFacts, type DeadlineState } from '@mou/domain';

/** The deadlines column each fact is read from. */
const COLUMN: Record<keyof ClockFacts, string> = { status: 'status', paused: 'paused', dueAt: 'due_at', atRiskAt: 'at_risk_at' };

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * What is already known of the rows a predicate is read over: whether they have a due instant.
 * Knowing it lets a condition on the due instant drop its null arm (or vanish), so that it reads
 * as a plain range the (status, due_at) indexes can scan in order.
 */
export interface KnownFacts {
  dueAt?: 'set' | 'unset';
}

const instantKnown = (instant: 'dueAt' | 'atRiskAt', known: KnownFacts) => (instant === 'dueAt' ? known.dueAt : undefined);

/** A condition as SQL that is true or false, never null (a missing instant is never passed nor reached). */
function holds(condition: ClockCondition, d: string, now: string, known: KnownFacts = {}): string {
  switch (condition.is) {
    case 'status':
      return `${d}.${COLUMN.status} = ${quote(condition.status)}`;
    case 'paused':
      return `${d}.${COLUMN.paused}`;
    case 'passed':
      return instantKnown(condition.instant, known) === 'unset' ? 'false' : `${d}.${COLUMN[condition.instant]} < ${now}`;
    case 'reached':
      return instantKnown(condition.instant, known) === 'unset' ? 'false' : `${d}.${COLUMN[condition.instant]} <= ${now}`;
    case 'always':
      return 'true';
  }
}

/** The negation, written so that a null instant counts as "not passed" / "not reached". */
function fails(condition: ClockCondition, d: string, now: string, known: KnownFacts = {}): string {
  switch (condition.is) {
    case 'status':
      return `${d}.${COLUMN.status} <> ${quote(condition.status)}`;
    case 'paused':
      return `NOT ${d}.${COLUMN.paused}`;
    case 'passed':
    case 'reached': {
      const column = `${d}.${COLUMN[condition.instant]}`;
      const later = `${column} ${condition.is === 'passed' ? '>=' : '>'} ${now}`;
      const set = instantKnown(condition.instant, known);
      return set === 'unset' ? 'true' : set === 'set' ? later : `(${column} IS NULL OR ${later})`;
    }
    case 'always':
      return 'false';
  }
}

/** The state of the deadlines row `d` at `now` (an SQL expression, `now()` unless told). */
export function clockStateSql(d: string, now = 'now()'): string {
  const arms = CLOCK_STATE_RULE.map(({ state, when }) =>
    when.is === 'always' ? `ELSE ${quote(state)}` : `WHEN ${holds(when, d, now)} THEN ${quote(state)}`,
  );
  return `CASE ${arms.join(' ')} END`;
}

/**
 * "Row `d` is in `state` at `now`" as a conjunction the planner can match to the (status, due_at)
 * and (status, at_risk_at) indexes: every earlier condition fails and this one holds. The status
 * conditions that fail are folded into one equality once they leave a single status. With `known`,
 * the same conjunction over rows known to have (or lack) a due instant.
 */
export function clockStatePredicate(state: DeadlineState, d: string, now = 'now()', known: KnownFacts = {}): string {
  const index = CLOCK_STATE_RULE.findIndex((arm) => arm.state === state);
  if (index < 0) throw new RangeError(`No clock state ${state}`);
  const earlier = CLOCK_STATE_RULE.slice(0, index).map((arm) => arm.when);
  const own = CLOCK_STATE_RULE[index].when;
  const parts: string[] = [];
  // A state named by a status needs no other status ruled out; otherwise the statuses ruled out
  // become the one status left, when only one is.
  if (own.is !== 'status') {
    const excluded = earlier.flatMap((when) => (when.is === 'status' ? [when.status] : []));
    const left = CLOCK_STATUSES.filter((status) => !excluded.includes(status));
    if (left.length === 1 && excluded.length > 0) parts.push(holds({ is: 'status', status: left[0] }, d, now));
    else parts.push(...excluded.map((status) => fails({ is: 'status', status }, d, now)));
  }
  parts.push(...earlier.filter((when) => when.is !== 'status').map((when) => fails(when, d, now, known)));
  if (own.is !== 'always') parts.push(holds(own, d, now, known));
  return parts.length ? parts.join(' AND ') : 'true';
}

/** Whole days left until row `d`'s due instant at `now`, as the domain's daysLeft counts them; null without one. */
export function daysLeftSql(d: string, now = 'now()'): string {
  return `(ceil(extract(epoch FROM ${d}.${COLUMN.dueAt} - ${now}) * 1000 / ${DAY_MS}))::int`;
}

/** The board's state filters: every clock state, plus `open` (every clock still running or paused). */
export type BoardStateFilter = DeadlineState | 'open';

export function boardStateFilter(state: BoardStateFilter, d: string, now = 'now()', known: KnownFacts = {}): string {
  return state === 'open' ? holds({ is: 'status', status: 'open' }, d, now) : clockStatePredicate(state, d, now, known);
}
