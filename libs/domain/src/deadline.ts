import { applyBudget } from './budget';
import {
  ENTRY_DECISION_LADDER,
  ENTRY_EXPORT_OR_PROTEST_LADDER,
  ENTRY_PROOF_LADDER,
  PRC_INVESTIGATION_REPORT_LADDER,
  PETITION_FORWARDING_LADDER,
  PRC_VISIT_LADDER,
  PROGRAMME_REVIEW_LADDER,
  PROTEST_DECISION_LADDER,
  US_INVESTIGATION_REPORT_LADDER,
  US_VISIT_REPORT_LADDER,
} from './default-ladders';
import type { DeadlineKind, DeadlineLedger, DeadlineRule } from './deadline-rule';
import type { HolidayCalendar } from './holiday-calendar';
import { openPause, tolledIntervals, tollInstant } from './tolling';

export type { Budget, DeadlineExtension, DeadlineKind, DeadlineLedger, DeadlinePause, DeadlineRule } from './deadline-rule';

const SOC_1994 = '1994 Statement of Cooperation';

function rule(fields: DeadlineRule): DeadlineRule {
  return Object.freeze({ ...fields, budget: Object.freeze({ ...fields.budget }) });
}

/**
 * The clocks of docs/domain.md §4 with their sourced defaults. Rules are data: an administrator may
 * override any of them, so every function here takes the rule as a parameter.
 */
export const DEFAULT_DEADLINE_RULES: Readonly<Record<DeadlineKind, DeadlineRule>> = Object.freeze({
  PRC_INVESTIGATION_REPORT: rule({
    kind: 'PRC_INVESTIGATION_REPORT',
    title: 'PRC investigation report',
    owedBy: 'PRC',
    budget: { unit: 'calendar_days', amount: 60 },
    legalBasis: SOC_1994,
    ladder: PRC_INVESTIGATION_REPORT_LADDER,
  }),
  PRC_VISIT: rule({
    kind: 'PRC_VISIT',
    title: 'PRC arranges the requested visit',
    owedBy: 'PRC',
    budget: { unit: 'calendar_days', amount: 60 },
    legalBasis: SOC_1994,
    ladder: PRC_VISIT_LADDER,
  }),
  US_VISIT_REPORT: rule({
    kind: 'US_VISIT_REPORT',
    title: 'US report on the completed visit',
    owedBy: 'US',
    budget: { unit: 'calendar_days', amount: 60 },
    legalBasis: SOC_1994,
    ladder: US_VISIT_REPORT_LADDER,
  }),
  // "Shall be transmitted by the port director within 10 days": the regulation says days, not
  // business or working days, so the budget is calendar days (docs/domain.md §4).
  PETITION_FORWARDING: rule({
    kind: 'PETITION_FORWARDING',
    title: 'Conforming petition forwarded to the Commissioner of CBP',
    owedBy: 'CBP',
    budget: { unit: 'calendar_days', amount: 10 },
    legalBasis: '19 CFR 12.42(c)',
    ladder: PETITION_FORWARDING_LADDER,
  }),
  US_INVESTIGATION_REPORT: rule({
    kind: 'US_INVESTIGATION_REPORT',
    title: 'US investigation report on an allegation the PRC raised',
    owedBy: 'US',
    budget: { unit: 'calendar_days', amount: 60 },
    legalBasis: `${SOC_1994} (reciprocal)`,
    ladder: US_INVESTIGATION_REPORT_LADDER,
  }),
  ENTRY_DECISION: rule({
    kind: 'ENTRY_DECISION',
    title: 'Release-or-detain decision on an entry',
    owedBy: 'CBP',
    budget: { unit: 'business_days', amount: 5 },
    legalBasis: '19 CFR 151.16(b)',
    ladder: ENTRY_DECISION_LADDER,
  }),
  ENTRY_PROOF: rule({
    kind: 'ENTRY_PROOF',
    title: 'Proof of admissibility for a detained entry',
    owedBy: 'IMPORTER',
    // The 30-day extension at a supervisor's discretion (CBP practice) is a ledger extension.
    budget: { unit: 'months', amount: 3 },
    legalBasis: '19 CFR 12.43',
    ladder: ENTRY_PROOF_LADDER,
  }),
  ENTRY_EXPORT_OR_PROTEST: rule({
    kind: 'ENTRY_EXPORT_OR_PROTEST',
    title: 'Export or protest after an exclusion notice',
    owedBy: 'IMPORTER',
    budget: { unit: 'calendar_days', amount: 60 },
    legalBasis: '19 CFR 12.44(a)',
    ladder: ENTRY_EXPORT_OR_PROTEST_LADDER,
  }),
  PROTEST_DECISION: rule({
    kind: 'PROTEST_DECISION',
    title: 'Decision on a protest of exclusion',
    owedBy: 'CBP',
    budget: { unit: 'calendar_days', amount: 30 },
    legalBasis: '19 CFR 174.21(b)',
    ladder: PROTEST_DECISION_LADDER,
  }),
  PROGRAMME_REVIEW: rule({
    kind: 'PROGRAMME_REVIEW',
    title: 'One-year programme review',
    owedBy: 'US',
    budget: { unit: 'months', amount: 12 },
    legalBasis: 'Center for American Progress proposal: one year',
    ladder: PROGRAMME_REVIEW_LADDER,
  }),
});

/** Start + budget + every extension in ledger order, each in its own unit; pauses not applied. */
export function dueWithoutTolling(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): number {
  return ledger.extensions.reduce(
    (due, extension) => applyBudget(due, { unit: extension.unit, amount: extension.amount }, calendar),
    applyBudget(ledger.startedAt, rule.budget, calendar),
  );
}

/**
 * When the obligation falls due: start + budget on the calendar, + extensions, + the duration of
 * every closed pause that began before the due instant (time paused does not count; a pause that
 * begins once the clock has run out does not revive it). Null while a pause is open: a stopped
 * clock has no due date until it is resumed.
 */
export function dueAt(rule: DeadlineRule, ledger: DeadlineLedger, calendar: HolidayCalendar): number | null {
  if (openPause(ledger)) return null;
  return tollInstant(dueWithoutTolling(rule, ledger, calendar), tolledIntervals(ledger));
}
