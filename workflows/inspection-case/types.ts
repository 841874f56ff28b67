/** Wire types of the inspectionCase workflow: its input, its state, and the ports it calls. */
import type { CaseProgress, DeadlineKind, DeadlineLedger, DeadlineRule, EscalationStepType } from '@mou/domain';
import type { CaseFact } from '../facility/types';

export interface Allegation {
  summary: string;
  source: string;
  productCategories: string[];
}

export interface Actor {
  id: string;
  role: string;
}

export interface InspectionCaseInput {
  caseId: string;
  facilityId: string;
  allegation: Allegation;
  openedBy: string;
  assigneeId: string;
  /** ISO instant the case was opened (the API's clock at the request). */
  openedAt: string;
  /** Administrator overrides of the default clock rules, fixed for the life of the case. */
  rules?: Partial<Record<DeadlineKind, DeadlineRule>>;
  /** The settings version `rules` came from; absent for cases opened before settings had versions. */
  rulesVersion?: number;
}

export type DeadlineStatus = 'open' | 'met' | 'missed' | 'cancelled';

/** One clock of the case: its rule, its ledger (pauses, extensions) and which ladder steps fired. */
export interface CaseDeadline {
  key: string;
  kind: DeadlineKind;
  ledger: DeadlineLedger;
  status: DeadlineStatus;
  metAt: number | null;
  firedLevels: number[];
  /**
   * The rule the clock ran on, kept when it had closed before a later settings version was applied
   * to the case; absent: the case's rules.
   */
  rule?: DeadlineRule;
}

export type ApprovalKind = 'PROVISIONAL_WRO' | 'BLOCK_FACILITY';

export interface CaseApproval {
  id: string;
  kind: ApprovalKind;
  /** `cancelled`: the step it rested on was withdrawn by a fact dated before it. */
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  reason: string;
  requestedBy: string;
  requestedAt: number;
  decidedBy: string | null;
  decidedAt: number | null;
  decisionReason: string | null;
}

export interface CaseEscalation {
  id: string;
  deadlineKey: string;
  level: number;
  type: EscalationStepType;
  description: string;
  occurredAt: number;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
  /** Reminders sent while nobody acknowledged it; absent on escalations from before reminders moved here. */
  remindersSent?: number;
  lastRemindedAt?: number | null;
  /** Sequence of the ESCALATION_STEP event that fired it (absent on runs from before it was kept). */
  sequence?: number;
  /** When a fact dated before the step withdrew it (docs/domain.md §5); the event stays in history. */
  withdrawnAt?: number | null;
}

export interface CaseState {
  caseId: string;
  reference: string | null;
  facilityId: string;
  allegation: Allegation;
  openedBy: string;
  openedAt: string;
  assigneeId: string;
  progress: CaseProgress;
  /** Increments on each reopening; deadline keys carry it (`PRC_VISIT-2`). */
  cycle: number;
  deadlines: CaseDeadline[];
  escalations: CaseEscalation[];
  approvals: CaseApproval[];
  /** Sequence of the last event committed to the log. */
  sequence: number;
  rules: Record<DeadlineKind, DeadlineRule>;
  /** The settings version `rules` came from, once an administrator applied a later one to the case (else the input's). */
  rulesVersion?: number;
  /** The refusal of access of this cycle, when one is recorded (absent on runs from before it was kept). */
  accessDenial?: AccessDenialFact | null;
  /** When the current cycle began: the reopening; null (or absent) for the first cycle. */
  cycleStartedAt?: number | null;
}

export interface AccessDenialFact {
  at: number;
  how: 'explicit' | 'deemed';
  /** Sequence of its ACCESS_DENIED event, once committed. */
  sequence: number | null;
}

export interface DeadlineProjection {
  key: string;
  kind: DeadlineKind;
  title: string;
  owedBy: string;
  legalBasis: string;
  startedAt: string;
  dueAt: string | null;
  atRiskAt: string | null;
  status: DeadlineStatus;
  paused: boolean;
  metAt: string | null;
  escalationLevel: number;
  nextStepAt: string | null;
  explanation: Record<string, unknown>;
}

/** The read model written with an event, in the same transaction. */
export interface CaseProjection {
  facilityId: string;
  allegation: Allegation;
  openedBy: string;
  openedAt: string;
  assigneeId: string;
  stage: string;
  outcome: string | null;
  progress: CaseProgress;
  nextDeadlineAt: string | null;
  escalationLevel: number;
  deadlines: DeadlineProjection[];
  escalations: (Omit<CaseEscalation, 'occurredAt' | 'acknowledgedAt' | 'lastRemindedAt'> & { occurredAt: string; acknowledgedAt: string | null; lastRemindedAt?: string | null })[];
  approvals: (Omit<CaseApproval, 'requestedAt' | 'decidedAt'> & { requestedAt: string; decidedAt: string | null })[];
}

export interface AppendCaseEventInput {
  caseId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  projection: CaseProjection;
}

export interface AppendedCaseEvent {
  sequence: number;
  hash: string;
  reference: string;
}

/** A change the case makes to what is known of its facility (the facility workflow decides). */
export interface FacilityNotice {
  facilityId: string;
  /** The status the case asks for; absent when the notice only reports a fact for the facility's table. */
  to?: 'UNDER_INVESTIGATION' | 'ACCESS_DENIED' | 'BLOCKED';
  /** What happened on the case (docs/domain.md §6); absent on notices from before facts were sent. */
  fact?: CaseFact;
  /** The case's reference, for the facility's reasons. */
  reference?: string | null;
  reason: string;
  caseId: string;
  actorId: string;
  at: string;
  sourceEvent: string;
  /**
   * Set when the notice withdraws what this case told the facility earlier (a deemed refusal a
   * later-entered visit corrected): the facility's ACCESS_DENIED or BLOCKED from this case.
   */
  withdraws?: 'ACCESS_DENIED';
}

/** What the workflow needs from the outside world; the worker implements it with PostgreSQL and Temporal. */
export interface CaseActivities {
  appendCaseEvent(input: AppendCaseEventInput): Promise<AppendedCaseEvent>;
  notifyFacility(notice: FacilityNotice): Promise<void>;
}
