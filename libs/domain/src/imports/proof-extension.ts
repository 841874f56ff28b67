import { DEFAULT_DEADLINE_RULES, type Budget, type DeadlineLedger, type DeadlineRule } from '../deadline';
import type { HolidayCalendar } from '../holiday-calendar';
import { toIsoDate } from '../iso-date';
import { lastDayToAct } from './last-day';

/**
 * The extension of the 3-month proof period (19 CFR 12.43) a supervisor may grant once: 30 days
 * is CBP practice, a default an administrator may change.
 */
export const PROOF_EXTENSION: Readonly<Budget> = Object.freeze({ amount: 30, unit: 'calendar_days' });

export interface ProofExtensionGrant {
  reason: string;
  by: string;
  at: number;
}

export type ProofExtensionDecision = { allowed: true; ledger: DeadlineLedger } | { allowed: false; reason: string };

/**
 * Appends the proof extension to the ENTRY_PROOF ledger, so the due date reads "imported + 3
 * months + 30 days extended (reason)". Refused when already granted once, when the reason is
 * blank (every change to a clock carries one, docs/domain.md §4), or when the period is already over:
 * an extension cannot revive a deadline that ran out.
 */
export function extendProofDeadline(
  ledger: DeadlineLedger,
  grant: ProofExtensionGrant,
  calendar: HolidayCalendar,
  options: { rule?: DeadlineRule; extension?: Budget } = {},
): ProofExtensionDecision {
  const rule = options.rule ?? DEFAULT_DEADLINE_RULES.ENTRY_PROOF;
  const extension = options.extension ?? PROOF_EXTENSION;
  if (ledger.extensions.length > 0) {
    return { allowed: false, reason: 'The deadline for proof was already extended once; it can be extended only once.' };
  }
  if (!grant.reason.trim()) return { allowed: false, reason: 'An extension of the deadline for proof needs a reason.' };
  const lastDay = lastDayToAct(rule, ledger, calendar);
  if (lastDay !== null && toIsoDate(grant.at) > lastDay) {
    return { allowed: false, reason: `The deadline for proof ran out on ${lastDay}; an extension cannot revive it.` };
  }
  const entry = { amount: extension.amount, unit: extension.unit, reason: grant.reason, by: grant.by, at: grant.at };
  return { allowed: true, ledger: { ...ledger, extensions: [...ledger.extensions, entry] } };
}
