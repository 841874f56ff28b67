/**
 * A clock as data (docs/domain.md §4, §5): its kind, budget, legal basis and escalation ladder,
 * and the ledger of what happened to it. Types only, imported by every rule that computes with
 * them, so this module imports nothing.
 */

export type DeadlineKind =
  | 'PRC_INVESTIGATION_REPORT'
  | 'PRC_VISIT'
  | 'US_VISIT_REPORT'
  | 'PETITION_FORWARDING'
  | 'US_INVESTIGATION_REPORT'
  | 'ENTRY_DECISION'
  | 'ENTRY_PROOF'
  | 'ENTRY_EXPORT_OR_PROTEST'
  | 'PROTEST_DECISION'
  | 'PROGRAMME_REVIEW';

export interface Budget {
  unit: 'calendar_days' | 'business_days' | 'months';
  amount: number;
}

/** A clock as data: who owes what by when, on which legal basis, and how it escalates. */
export interface DeadlineRule {
  kind: DeadlineKind;
  title: string;
  owedBy: 'PRC' | 'US' | 'IMPORTER' | 'CBP';
  budget: Budget;
  legalBasis: string;
  ladder: EscalationLadder;
}

export interface DeadlinePause {
  pausedAt: number;
  /** Absent while the pause is open. */
  resumedAt?: number;
  reason: string;
  by: string;
}

export interface DeadlineExtension {
  amount: number;
  unit: Budget['unit'];
  reason: string;
  by: string;
  at: number;
}

/**
 * Everything that happened to one clock. A supervisor pauses, resumes and extends it with a
 * reason (docs/domain.md §4); entries are only ever appended, so the due date can always be explained.
 */
export interface DeadlineLedger {
  startedAt: number;
  pauses: DeadlinePause[];
  extensions: DeadlineExtension[];
}

/** What happens on a step of an escalation ladder (docs/domain.md §5). */
export type EscalationStepType = 'REMINDER' | 'BREACH' | 'SENIOR_ESCALATION' | 'PROVISIONAL_WRO' | 'DEEMED_REFUSAL';

export interface EscalationStep {
  /** 1 for the first step; unique within a ladder; what the workflow records as fired. */
  level: number;
  type: EscalationStepType;
  /**
   * Calendar days from the due instant (negative = before it). Relative to the due instant, not
   * the start, so an extension moves the whole ladder with the deadline.
   */
  offsetDaysFromDue: number;
  /** The step is proposed to a supervisor and takes effect only once approved (four-eyes). */
  requiresApproval: boolean;
  notify: ('assignee' | 'supervisors' | 'importer')[];
  description: string;
  /**
   * While nobody acknowledges the step, supervisors hear of it again every this many hours
   * (absent: once is enough). The case workflow keeps this timer with the ladder's others.
   */
  remindEveryHours?: number;
}

export type EscalationLadder = readonly EscalationStep[];
