import { CASE_ACTIONS, CaseOutcome, CaseStage, initialProgress, stageOf, type CaseAction, type CaseProgress } from './case-stage';

export type MoveDecision = { allowed: true; next: CaseProgress } | { allowed: false; reason: string };

function refuse(reason: string): MoveDecision {
  return { allowed: false, reason };
}

function advance(progress: CaseProgress, changes: Partial<CaseProgress>): MoveDecision {
  const next = { ...progress, ...changes };
  return { allowed: true, next: { ...next, stage: stageOf(next) } };
}

const OUTCOMES = Object.values(CaseOutcome) as readonly CaseOutcome[];
const CHOOSE_OUTCOME = `A case is closed with an outcome: choose one of ${OUTCOMES.join(', ')}.`;

/** Why a visit cannot be scheduled, held or refused now, or null when the request is open. */
function visitClosedReason(progress: CaseProgress, doing: string): string | null {
  if (!progress.visitRequested) return `${doing}: no visit was requested on this case.`;
  if (progress.visitConducted) return `${doing}: the visit was already conducted.`;
  if (progress.accessDenied) return `${doing}: access to the facility was denied; reopen the case to request a new visit.`;
  return null;
}

function close(progress: CaseProgress, outcome: CaseOutcome | undefined): MoveDecision {
  if (outcome === undefined || !OUTCOMES.includes(outcome)) return refuse(CHOOSE_OUTCOME);
  // The CAP proposal blocks facilities "where US inspectors were not allowed access": blocking
  // needs a recorded denial in this cycle, explicit or deemed at the end of the visit ladder.
  if (outcome === CaseOutcome.FACILITY_BLOCKED && !progress.accessDenied) {
    return refuse('The facility can be blocked only after access to it was denied on this case.');
  }
  return { allowed: true, next: { ...progress, stage: CaseStage.CLOSED, outcome } };
}

/**
 * REOPEN is for new information on a visited facility (DOMAIN.md §3): a case whose visit was held,
 * or whose access was denied, can start a new cycle of requests. The new cycle starts with no
 * request open; the earlier cycle stays in the case's event history.
 */
function reopen(progress: CaseProgress): MoveDecision {
  if (progress.stage === CaseStage.WITHDRAWN) return refuse('A withdrawn case cannot be reopened; open a new case instead.');
  if (progress.stage !== CaseStage.CLOSED && progress.stage !== CaseStage.ACCESS_DENIED) {
    return refuse('Only a closed case, or one where access was denied, can be reopened.');
  }
  if (!progress.visitConducted && !progress.accessDenied) {
    return refuse('The case can be reopened only with new information on a visited facility: no visit was conducted and access was never denied on this case.');
  }
  return { allowed: true, next: { ...initialProgress(), stage: CaseStage.REOPENED } };
}

/**
 * Whether `action` may happen to a case now, and if so where the case then stands. Pure: a refused
 * move changes nothing and says why in a sentence the user reads.
 */
export function decideMove(progress: CaseProgress, action: CaseAction, args?: { outcome?: CaseOutcome }): MoveDecision {
  if (action === 'REOPEN') return reopen(progress);
  if (progress.stage === CaseStage.CLOSED) return refuse('The case is already closed.');
  if (progress.stage === CaseStage.WITHDRAWN) return refuse('The case was already withdrawn.');

  switch (action) {
    case 'REQUEST_INVESTIGATION':
      if (progress.investigationRequested) {
        return refuse('An investigation was already requested on this case; a case carries one investigation request per cycle.');
      }
      return advance(progress, { investigationRequested: true });
    case 'REQUEST_VISIT':
      if (progress.visitRequested) {
        return refuse('A visit was already requested on this case; a case carries one visit request per cycle.');
      }
      return advance(progress, { visitRequested: true });
    case 'RECORD_PRC_REPORT':
      if (!progress.investigationRequested) return refuse('A PRC report cannot be recorded: no investigation was requested on this case.');
      if (progress.prcReportReceived) return refuse('A PRC report cannot be recorded: the PRC report on this request was already received.');
      return advance(progress, { prcReportReceived: true });
    case 'SCHEDULE_VISIT': {
      // Scheduling again is a reschedule and allowed: the PRC has often moved agreed dates.
      const reason = visitClosedReason(progress, 'A visit cannot be scheduled');
      return reason ? refuse(reason) : advance(progress, { visitScheduled: true });
    }
    case 'RECORD_VISIT': {
      const reason = visitClosedReason(progress, 'A visit cannot be recorded');
      return reason ? refuse(reason) : advance(progress, { visitConducted: true });
    }
    case 'ISSUE_US_REPORT':
      if (!progress.visitConducted) return refuse('The US report cannot be issued: no visit was conducted on this case.');
      if (progress.usReportIssued) return refuse('The US report on this visit was already issued.');
      return advance(progress, { usReportIssued: true });
    case 'RECORD_ACCESS_DENIED': {
      const reason = visitClosedReason(progress, 'Access cannot be recorded as denied');
      return reason ? refuse(reason) : advance(progress, { accessDenied: true });
    }
    case 'BEGIN_ENFORCEMENT_REVIEW':
      if (progress.enforcementReviewBegun) return refuse('Enforcement review has already begun on this case.');
      if (!progress.usReportIssued && !progress.prcReportReceived && !progress.accessDenied) {
        return refuse('Enforcement review cannot begin: there is no PRC report, US visit report or denial of access to review yet.');
      }
      return advance(progress, { enforcementReviewBegun: true });
    case 'CLOSE':
      return close(progress, args?.outcome);
    case 'WITHDRAW':
      return { allowed: true, next: { ...progress, stage: CaseStage.WITHDRAWN } };
    default:
      return refuse(`Unknown action: ${String(action)}.`);
  }
}

/** The outcomes a case could be closed with now (empty once closed or withdrawn). */
export function legalOutcomes(progress: CaseProgress): CaseOutcome[] {
  return OUTCOMES.filter((outcome) => decideMove(progress, 'CLOSE', { outcome }).allowed);
}

/** The actions the UI offers on a case now; CLOSE is offered when at least one outcome is legal. */
export function legalActions(progress: CaseProgress): CaseAction[] {
  return CASE_ACTIONS.filter((action) =>
    action === 'CLOSE' ? legalOutcomes(progress).length > 0 : decideMove(progress, action).allowed,
  );
}

/** Whether the case can still move without being reopened. */
export function isCaseOpen(progress: CaseProgress): boolean {
  return progress.stage !== CaseStage.CLOSED && progress.stage !== CaseStage.WITHDRAWN;
}

/** A visit request waiting for the visit (neither held nor refused): the PRC_VISIT clock runs. */
export function isVisitRequestOpen(progress: CaseProgress): boolean {
  return isCaseOpen(progress) && progress.visitRequested && !progress.visitConducted && !progress.accessDenied;
}

/** An investigation request waiting for the PRC report: the PRC_INVESTIGATION_REPORT clock runs. */
export function isInvestigationRequestOpen(progress: CaseProgress): boolean {
  return isCaseOpen(progress) && progress.investigationRequested && !progress.prcReportReceived;
}
