/**
 * The stages of an inspection case: one facility, one allegation (docs/domain.md §3). Requests and
 * replies follow the 1992 MOU and the 1994 Statement of Cooperation; the outcomes are the
 * remedies of 19 CFR 12.42 (Withhold Release Order, finding) and the CAP proposal (blocking a
 * facility where US inspectors were denied access).
 */
export const CaseStage = {
  OPEN: 'OPEN',
  INVESTIGATION_REQUESTED: 'INVESTIGATION_REQUESTED',
  VISIT_REQUESTED: 'VISIT_REQUESTED',
  PRC_REPORT_RECEIVED: 'PRC_REPORT_RECEIVED',
  VISIT_SCHEDULED: 'VISIT_SCHEDULED',
  VISIT_CONDUCTED: 'VISIT_CONDUCTED',
  US_REPORT_ISSUED: 'US_REPORT_ISSUED',
  ENFORCEMENT_REVIEW: 'ENFORCEMENT_REVIEW',
  ACCESS_DENIED: 'ACCESS_DENIED',
  CLOSED: 'CLOSED',
  WITHDRAWN: 'WITHDRAWN',
  REOPENED: 'REOPENED',
} as const;
export type CaseStage = (typeof CaseStage)[keyof typeof CaseStage];

export const CaseOutcome = {
  NO_ACTION: 'NO_ACTION',
  WRO_RECOMMENDED: 'WRO_RECOMMENDED',
  FINDING_RECOMMENDED: 'FINDING_RECOMMENDED',
  FACILITY_BLOCKED: 'FACILITY_BLOCKED',
} as const;
export type CaseOutcome = (typeof CaseOutcome)[keyof typeof CaseOutcome];

export type CaseAction =
  | 'REQUEST_INVESTIGATION'
  | 'REQUEST_VISIT'
  | 'RECORD_PRC_REPORT'
  | 'SCHEDULE_VISIT'
  | 'RECORD_VISIT'
  | 'ISSUE_US_REPORT'
  | 'RECORD_ACCESS_DENIED'
  | 'CLOSE'
  | 'WITHDRAW'
  | 'REOPEN'
  | 'BEGIN_ENFORCEMENT_REVIEW'
  | 'RECORD_PETITION'
  | 'FORWARD_PETITION'
  | 'RECORD_PRC_INVESTIGATION_REQUEST'
  | 'ISSUE_US_INVESTIGATION_REPORT';

export const CASE_ACTIONS: readonly CaseAction[] = Object.freeze([
  'REQUEST_INVESTIGATION',
  'REQUEST_VISIT',
  'RECORD_PRC_REPORT',
  'SCHEDULE_VISIT',
  'RECORD_VISIT',
  'ISSUE_US_REPORT',
  'RECORD_ACCESS_DENIED',
  'BEGIN_ENFORCEMENT_REVIEW',
  'CLOSE',
  'WITHDRAW',
  'REOPEN',
  'RECORD_PETITION',
  'FORWARD_PETITION',
  'RECORD_PRC_INVESTIGATION_REQUEST',
  'ISSUE_US_INVESTIGATION_REPORT',
]);

/**
 * Where a case stands. Flags as well as a stage, because an investigation request and a visit
 * request can both be open at once; the stage is the most advanced point the flags reach.
 * The flags describe the current cycle: REOPEN starts a new one.
 */
export interface CaseProgress {
  stage: CaseStage;
  investigationRequested: boolean;
  prcReportReceived: boolean;
  visitRequested: boolean;
  visitScheduled: boolean;
  visitConducted: boolean;
  usReportIssued: boolean;
  /**
   * The PRC refused the visit, explicitly or deemed at the end of the ladder. Optional so that
   * progress stored before the flag existed still reads; absent means false.
   */
  accessDenied?: boolean;
  /** BEGIN_ENFORCEMENT_REVIEW happened in this cycle; absent means false. */
  enforcementReviewBegun?: boolean;
  outcome?: CaseOutcome;
  /**
   * A petition under 19 CFR 12.42(b) was recorded in this cycle, whether it conforms, and whether a
   * conforming one was forwarded to the Commissioner (12.42(c)). Absent means false.
   */
  petitionReceived?: boolean;
  petitionConforming?: boolean;
  petitionForwarded?: boolean;
  /** The PRC asked the US to investigate an allegation (SOC 1994, reciprocal), and the US report on it. Absent means false. */
  prcInvestigationRequested?: boolean;
  usInvestigationReportIssued?: boolean;
}

/** What some moves carry that decides how they apply: the outcome of a close, whether a petition conforms. */
export interface MoveArgs {
  outcome?: CaseOutcome;
  conforming?: boolean;
}

export function initialProgress(): CaseProgress {
  return {
    stage: CaseStage.OPEN,
    investigationRequested: false,
    prcReportReceived: false,
    visitRequested: false,
    visitScheduled: false,
    visitConducted: false,
    usReportIssued: false,
    accessDenied: false,
    enforcementReviewBegun: false,
  };
}

/**
 * The most advanced stage the flags reach. The visit track outranks the report track because it
 * leads to the US report; ACCESS_DENIED outranks a visit never held; ENFORCEMENT_REVIEW is last
 * before closing. With no flag set, a reopened case stays REOPENED and a new one OPEN.
 */
export function stageOf(progress: Omit<CaseProgress, 'stage'> & { stage?: CaseStage }): CaseStage {
  if (progress.enforcementReviewBegun) return CaseStage.ENFORCEMENT_REVIEW;
  if (progress.accessDenied) return CaseStage.ACCESS_DENIED;
  if (progress.usReportIssued) return CaseStage.US_REPORT_ISSUED;
  if (progress.visitConducted) return CaseStage.VISIT_CONDUCTED;
  if (progress.visitScheduled) return CaseStage.VISIT_SCHEDULED;
  if (progress.prcReportReceived) return CaseStage.PRC_REPORT_RECEIVED;
  if (progress.visitRequested) return CaseStage.VISIT_REQUESTED;
  if (progress.investigationRequested) return CaseStage.INVESTIGATION_REQUESTED;
  return progress.stage === CaseStage.REOPENED ? CaseStage.REOPENED : CaseStage.OPEN;
}
