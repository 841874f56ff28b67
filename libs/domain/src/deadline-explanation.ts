import { daysBetween } from './calendar-arithmetic';
import { describeBudget } from './budget';
import { dueAt, dueWithoutTolling, type Budget, type DeadlineExtension, type DeadlineKind, type DeadlineLedger, type DeadlineRule } from './deadline';
import type { HolidayCalendar } from './holiday-calendar';
import { startOfUtcDay, toIsoDate } from './iso-date';
import { openPause, tolledIntervals, tollInstant } from './tolling';

export interface ExplainedPause {
  pausedAt: number;
  resumedAt?: number;
  reason: string;
  by: string;
  /** Null while the pause is open. */
  durationDays: number | null;
  /** Whether the pause moved the due date (it began before the clock ran out). */
  movedDue: boolean;
}

/** Everything a user needs to check a due date by hand: start + budget + pauses + extensions, on calendar version N. */
export interface DeadlineExplanation {
  kind: DeadlineKind;
  title: string;
  legalBasis: string;
  owedBy: DeadlineRule['owedBy'];
  startedAt: number;
  budget: Budget;
  calendarId: string;
  calendarVersion: number;
  pauses: ExplainedPause[];
  extensions: DeadlineExtension[];
  dueAt: number | null;
  text: string;
}

/** The event that starts each clock, as the sentence names it. */
const STARTED_BY: Record<DeadlineKind, string> = {
  PRC_INVESTIGATION_REPORT: 'requested',
  PRC_VISIT: 'requested',
  US_VISIT_REPORT: 'visited',
  PETITION_FORWARDING: 'petition received',
  US_INVESTIGATION_REPORT: 'PRC request received',
  ENTRY_DECISION: 'presented',
  ENTRY_PROOF: 'imported',
  ENTRY_EXPORT_OR_PROTEST: 'excluded',
  PROTEST_DECISION: 'protest filed',
  PROGRAMME_REVIEW: 'programme started',
};

/** A date alone at midnight UTC, otherwise the minute too, so a business-day clock reads exactly. */
function formatInstant(instantMs: number): string {
  if (startOfUtcDay(instantMs) === instantMs) return toIsoDate(instantMs);
  return `${new Date(instantMs).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function formatDays(days: number): string {
  const rounded = Math.round(days * 100) / 100;
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/**
 * The due date and the sentence that justifies it, e.g. "Due 2025-03-12: requested 2025-01-01 +
 * 60 calendar days (1994 Statement of Cooperation), + 10 days paused (PRC asked to postpone), on
 * calendar us-federal v1." Every sentence names the legal basis and the calendar version.
 */
export function explainDeadline(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): DeadlineExplanation {
  const due = dueAt(rule, ledger, calendar);
  // While a pause is open, the closed pauses are still attributed against the due date they produced.
  const tolledDue = tollInstant(dueWithoutTolling(rule, ledger, calendar), tolledIntervals(ledger));
  const pauses = ledger.pauses.map((pause) => explainPause(pause, ledger.startedAt, tolledDue));
  const terms = [
    `${STARTED_BY[rule.kind] ?? 'started'} ${formatInstant(ledger.startedAt)} + ${describeBudget(rule.budget)} (${rule.legalBasis})`,
    ...ledger.extensions.map((extension) => `+ ${describeBudget(extension)} extended (${extension.reason})`),
    ...pauses
      .filter((pause) => pause.movedDue)
      .map((pause) => `+ ${formatDays(pause.durationDays ?? 0)} paused (${pause.reason})`),
    ...pauses
      .filter((pause) => pause.durationDays !== null && pause.durationDays > 0 && !pause.movedDue)
      .map((pause) => `pause of ${formatInstant(pause.pausedAt)} (${pause.reason}) began after the due date and did not move it`),
  ];
  const calendarName = `on calendar ${calendar.id} v${calendar.version}`;
  const open = openPause(ledger);
  const text =
    open
      ? `Paused since ${formatInstant(open.pausedAt)} (${open.reason}), so no due date until it resumes: ${terms.join(', ')}, ${calendarName}.`
      : `Due ${formatInstant(due as number)}: ${terms.join(', ')}, ${calendarName}.`;
  return {
    kind: rule.kind,
    title: rule.title,
    legalBasis: rule.legalBasis,
    owedBy: rule.owedBy,
    startedAt: ledger.startedAt,
    budget: { ...rule.budget },
    calendarId: calendar.id,
    calendarVersion: calendar.version,
    pauses,
    extensions: ledger.extensions.map((extension) => ({ ...extension })),
    dueAt: due,
    text,
  };
}

function explainPause(pause: DeadlineLedger['pauses'][number], startedAt: number, tolledDue: number): ExplainedPause {
  if (pause.resumedAt === undefined) return { ...pause, durationDays: null, movedDue: false };
  const from = Math.max(pause.pausedAt, startedAt);
  const durationDays = Math.max(0, daysBetween(from, pause.resumedAt));
  // With pauses taken in order, a closed pause counted exactly when it began before the final due instant.
  const movedDue = durationDays > 0 && from < tolledDue;
  return { ...pause, durationDays, movedDue };
}
