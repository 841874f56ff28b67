import type { DeadlineKind, DeadlineLedger } from '../deadline';
import type { EntryMove, EntryStatus } from './entry-status';

/** The clocks of docs/domain.md §4 that run on an import entry; their budgets are DEFAULT_DEADLINE_RULES. */
export type EntryClockKind = Extract<DeadlineKind, 'ENTRY_DECISION' | 'ENTRY_PROOF' | 'ENTRY_EXPORT_OR_PROTEST' | 'PROTEST_DECISION'>;

/**
 * Which clock runs while an entry is in each status; at most one does. Leaving the status stops
 * it: the obligation was met (a decision, proof filed and decided, export or protest, a protest
 * decision) or the clock's expiry move was made.
 */
export const ENTRY_STATUS_CLOCKS: Readonly<Record<EntryStatus, EntryClockKind | null>> = Object.freeze({
  // CBP decides release or detention within 5 business days of presentation (19 CFR 151.16(b)).
  PENDING_SCREENING: 'ENTRY_DECISION',
  // The importer proves admissibility within 3 months of importation (19 CFR 12.43).
  DETAINED: 'ENTRY_PROOF',
  // Export or protest within 60 days of the exclusion notice, else abandoned (19 CFR 12.44(a)).
  EXCLUDED: 'ENTRY_EXPORT_OR_PROTEST',
  // CBP decides a protest of exclusion within 30 days, else it is denied (19 CFR 174.21(b)).
  PROTESTED: 'PROTEST_DECISION',
  RELEASED: null,
  EXPORTED: null,
  ABANDONED: null,
  PROTEST_DENIED: null,
  PROTEST_GRANTED: null,
});

/** The dated events of an entry that start its clocks, epoch ms. */
export interface EntryClockFacts {
  presentedAt: number;
  importedAt: number;
  /** When the exclusion notice was issued. */
  excludedAt?: number;
  protestedAt?: number;
}

export function clockForStatus(status: EntryStatus): EntryClockKind | null {
  return ENTRY_STATUS_CLOCKS[status] ?? null;
}

function requireFact(value: number | undefined, status: EntryStatus, fact: string): number {
  if (value === undefined) throw new RangeError(`An entry that is ${status} needs the date it was ${fact} to start its clock.`);
  return value;
}

/**
 * When the clock of `status` started. The proof clock counts from importation, not from the
 * detention, because 19 CFR 12.43 gives "3 months after the date of importation"; an entry
 * detained on re-screening keeps that start.
 */
export function clockStart(status: EntryStatus, facts: EntryClockFacts): number {
  switch (clockForStatus(status)) {
    case 'ENTRY_DECISION':
      return facts.presentedAt;
    case 'ENTRY_PROOF':
      return facts.importedAt;
    case 'ENTRY_EXPORT_OR_PROTEST':
      return requireFact(facts.excludedAt, status, 'excluded');
    case 'PROTEST_DECISION':
      return requireFact(facts.protestedAt, status, 'protested');
    default:
      throw new RangeError(`No clock runs while an entry is ${status}.`);
  }
}

/** The clock an entry starts on entering `status`, with a fresh ledger; null when none runs. */
export function startEntryClock(status: EntryStatus, facts: EntryClockFacts): { kind: EntryClockKind; ledger: DeadlineLedger } | null {
  const kind = clockForStatus(status);
  if (kind === null) return null;
  return { kind, ledger: { startedAt: clockStart(status, facts), pauses: [], extensions: [] } };
}

/**
 * What the law makes happen when an entry clock runs out with its obligation unmet:
 * - ENTRY_PROOF → EXCLUDE: no proof within the period, the goods are excluded (19 CFR 12.44);
 * - ENTRY_EXPORT_OR_PROTEST → ABANDON: deemed abandoned (19 CFR 12.44(a));
 * - PROTEST_DECISION → DENY_PROTEST: deemed denied (19 CFR 174.21(b));
 * - ENTRY_DECISION → null: a late decision is CBP's breach, escalated to supervisors by the
 *   ladder; the entry itself does not move.
 * Null, too, for the clocks of inspection cases.
 */
export function expiryMove(kind: DeadlineKind): EntryMove | null {
  switch (kind) {
    case 'ENTRY_PROOF':
      return 'EXCLUDE';
    case 'ENTRY_EXPORT_OR_PROTEST':
      return 'ABANDON';
    case 'PROTEST_DECISION':
      return 'DENY_PROTEST';
    default:
      return null;
  }
}
