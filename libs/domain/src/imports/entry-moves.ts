import type { DeadlineKind, DeadlineLedger } from '../deadline';
import type { HolidayCalendar } from '../holiday-calendar';
import { decideEntryMove, type EntryStatus } from './entry-status';
import { extendProofDeadline } from './proof-extension';
import { protestFilingProblem } from './protest-filing';

/** The moves a person takes on an entry (the others are screening's and the clocks'). */
export const ENTRY_USER_MOVES = Object.freeze(['FILE_PROOF', 'EXPORT', 'PROTEST', 'RELEASE', 'EXCLUDE', 'EXTEND_PROOF', 'GRANT_PROTEST', 'DENY_PROTEST'] as const);
export type EntryUserMove = (typeof ENTRY_USER_MOVES)[number];

/** What the workflow knows of an entry when it decides a move. */
export interface EntryMoveFacts {
  status: EntryStatus;
  /** Whether the importer has filed proof of admissibility. */
  proofFiled: boolean;
  /** The clock running now, if any, with its ledger (start, pauses, extensions). */
  openClock: { kind: DeadlineKind; ledger: DeadlineLedger } | null;
  /** When the entry was excluded (epoch ms); null if it never was. */
  excludedAt: number | null;
}

/** One move and whether it may be taken now; when not, the sentence the workflow refuses it with. */
export type EntryMoveChoice = { move: EntryUserMove; allowed: true } | { move: EntryUserMove; allowed: false; reason: string };

/**
 * Why `move` cannot be taken now beyond the entry's status, or null. The same checks, in the same
 * order, as the import-entry workflow's validators (docs/domain.md §6).
 */
function furtherProblem(move: EntryUserMove, facts: EntryMoveFacts, at: number, calendar: HolidayCalendar): string | null {
  switch (move) {
    case 'PROTEST':
      return facts.excludedAt === null ? null : protestFilingProblem(facts.excludedAt, at);
    case 'EXCLUDE':
      return facts.proofFiled ? null : 'The importer has not filed proof yet and the period for it is still running.';
    case 'EXTEND_PROOF': {
      const clock = facts.openClock;
      if (!clock || clock.kind !== 'ENTRY_PROOF') return 'Only a running deadline for proof can be extended.';
      // The supervisor gives the reason with the request; eligibility is asked with a stand-in.
      const decision = extendProofDeadline(clock.ledger, { reason: 'eligibility', by: 'eligibility', at }, calendar);
      return decision.allowed ? null : decision.reason;
    }
    default:
      return null;
  }
}

/**
 * The moves a person may take on an entry at `at`, each allowed or refused with its reason: the
 * entry's legal moves (decideEntryMove) and the rules the workflow adds to them (the proof
 * extension once and only while the proof period runs, exclusion after proof, a protest within
 * its 180 days).
 */
export function entryMoveChoices(facts: EntryMoveFacts, at: number, calendar: HolidayCalendar): EntryMoveChoice[] {
  return ENTRY_USER_MOVES.map((move) => {
    const decision = decideEntryMove(facts.status, move);
    if (!decision.allowed) return { move, allowed: false, reason: decision.reason };
    const problem = furtherProblem(move, facts, at, calendar);
    return problem === null ? { move, allowed: true } : { move, allowed: false, reason: problem };
  });
}
