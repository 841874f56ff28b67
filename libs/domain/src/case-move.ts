import { CASE_ACTIONS, CaseOutcome, CaseStage, initialProgress, stageOf, type CaseAction, type CaseProgress, type MoveArgs } from './case-stage';

export type MoveDecision = { allowed: true; next: CaseProgress } | { allowed: false; reason: string };

const OUTCOMES = Object.values(CaseOutcome) as readonly CaseOutcome[];
const CHOOSE_OUTCOME = `A case is closed with an outcome: choose one of ${OUTCOMES.join(', ')}.`;

/** Why a visit cannot be scheduled, held or refused now, or null when the request is open. */
function visitClosedReason(progress: CaseProgress, doing: string): string | null {
  if (!progress.visitRequested) return `${doing}: no visit was requested on this case.`;
  if (progress.visitConducted) return `${doing}: the visit was already conducted.`;
  if (progress.accessDenied) return `${doing}: access to the facility was denied; reopen the case to request a new visit.`;
  return null;
}

function closeRefusal(progress: CaseProgress, outcome: CaseOutcome | undefined): string | null {
  if (outcome === undefined || !OUTCOMES.includes(outcome)) return CHOOSE_OUTCOME;
  // The CAP proposal blocks facilities "where US inspectors were not allowed access": blocking
  // needs a recorded denial in this cycle, explicit or deemed at the end of the visit ladder.
  if (outcome === CaseOutcome.FACILITY_BLOCKED && !progress.accessDenied) {
    return 'The facility can be blocked only after access to it was denied on this case.';
  }
  return null;
}

/**
 * REOPEN is for new information on a visited facility (docs/domain.md §3): a case whose visit was
 * held, or whose access was denied, can start a new cycle of requests.
 */
function reopenRefusal(progress: CaseProgress): string | null {
  if (progress.stage === CaseStage.WITHDRAWN) return 'A withdrawn case cannot be reopened; open a new case instead.';
  if (progress.stage !== CaseStage.CLOSED && progress.stage !== CaseStage.ACCESS_DENIED) {
    return 'Only a closed case, or one where access was denied, can be reopened.';
  }
  if (!progress.visitConducted && !progress.accessDenied) {
    return 'The case can be reopened only with new information on a visited facility: no visit was conducted and access was never denied on this case.';
  }
  return null;
}

/**
 * Why `action` may not happen to the case now, as a sentence the user reads; null when it may.
 * The one check of a move: the workflow asks it before accepting an action.
 */
export function moveRefusal(progress: CaseProgress, action: CaseAction, args?: MoveArgs): string | null {
  if (action === 'REOPEN') return reopenRefusal(progress);
  if (progress.stage === CaseStage.CLOSED) return 'The case is already closed.';
  if (progress.stage === CaseStage.WITHDRAWN) return 'The case was already withdrawn.';

  switch (action) {
    case 'REQUEST_INVESTIGATION':
      return progress.investigationRequested
        ? 'An investigation was already requested on this case; a case carries one investigation request per cycle.'
        : null;
    case 'REQUEST_VISIT':
      return progress.visitRequested ? 'A visit was already requested on this case; a case carries one visit request per cycle.' : null;
    case 'RECORD_PRC_REPORT':
      if (!progress.investigationRequested) return 'A PRC report cannot be recorded: no investigation was requested on this case.';
      if (progress.prcReportReceived) return 'A PRC report cannot be recorded: the PRC report on this request was already received.';
      return null;
    case 'SCHEDULE_VISIT':
      // Scheduling again is a reschedule and allowed: the PRC has often moved agreed dates.
      return visitClosedReason(progress, 'A visit cannot be scheduled');
    case 'RECORD_VISIT':
      return visitClosedReason(progress, 'A visit cannot be recorded');
    case 'ISSUE_US_REPORT':
      if (!progress.visitConducted) return 'The US report cannot be issued: no visit was conducted on this case.';
      if (progress.usReportIssued) return 'The US report on this visit was already issued.';
      return null;
    case 'RECORD_ACCESS_DENIED':
      return visitClosedReason(progress, 'Access cannot be recorded as denied');
    case 'BEGIN_ENFORCEMENT_REVIEW':
      if (progress.enforcementReviewBegun) return 'Enforcement review has already begun on this case.';
      if (!progress.usReportIssued && !progress.prcReportReceived && !progress.accessDenied) {
        return 'Enforcement review cannot begin: there is no PRC report, US visit report or denial of access to review yet.';
      }
      return null;
    case 'CLOSE':
      return closeRefusal(progress, args?.outcome);
    case 'WITHDRAW':
      return null;
    case 'RECORD_PETITION':
      return progress.petitionReceived ? 'A petition was already recorded on this case; a case carries one petition per cycle.' : null;
    case 'FORWARD_PETITION':
      if (!progress.petitionReceived) return 'The petition cannot be forwarded: no petition was recorded on this case.';
      if (!progress.petitionConforming) return 'The petition cannot be forwarded: it does not conform to 19 CFR 12.42(b) and is returned to the petitioner instead.';
      if (progress.petitionForwarded) return 'The petition was already forwarded to the Commissioner of CBP.';
      return null;
    case 'RECORD_PRC_INVESTIGATION_REQUEST':
      return progress.prcInvestigationRequested
        ? 'The PRC already asked for an investigation on this case; a case carries one such request per cycle.'
        : null;
    case 'ISSUE_US_INVESTIGATION_REPORT':
      if (!progress.prcInvestigationRequested) return 'The US investigation report cannot be issued: the PRC asked for no investigation on this case.';
      if (progress.usInvestigationReportIssued) return 'The US investigation report on this request was already issued.';
      return null;
    default:
      return `Unknown action: ${String(action)}.`;
  }
}

function advance(progress: CaseProgress, changes: Partial<CaseProgress>): CaseProgress {
  const next = { ...progress, ...changes };
  return { ...next, stage: stageOf(next) };
}

/**
 * Where the case stands after a move that `moveRefusal` allowed. Does not check again: the move
 * was accepted, this only applies it. A reopened case starts a new cycle with no request open;
 * the earlier cycle stays in the case's event history.
 */
export function progressAfterMove(progress: CaseProgress, action: CaseAction, args?: MoveArgs): CaseProgress {
  switch (action) {
    case 'REQUEST_INVESTIGATION':
      return advance(progress, { investigationRequested: true });
    case 'REQUEST_VISIT':
      return advance(progress, { visitRequested: true });
    case 'RECORD_PRC_REPORT':
      return advance(progress, { prcReportReceived: true });
    case 'SCHEDULE_VISIT':
      return advance(progress, { visitScheduled: true });
    case 'RECORD_VISIT':
      return advance(progress, { visitConducted: true });
    case 'ISSUE_US_REPORT':
      return advance(progress, { usReportIssued: true });
    case 'RECORD_ACCESS_DENIED':
      return advance(progress, { accessDenied: true });
    case 'BEGIN_ENFORCEMENT_REVIEW':
      return advance(progress, { enforcementReviewBegun: true });
    case 'CLOSE':
      return { ...progress, stage: CaseStage.CLOSED, outcome: args?.outcome };
    case 'WITHDRAW':
      return { ...progress, stage: CaseStage.WITHDRAWN };
    case 'REOPEN':
      return { ...initialProgress(), stage: CaseStage.REOPENED };
    // The petition and the reciprocal request run beside the stages: they move no stage.
    case 'RECORD_PETITION':
      return { ...progress, petitionReceived: true, petitionConforming: args?.conforming === true };
    case 'FORWARD_PETITION':
      return { ...progress, petitionForwarded: true };
    case 'RECORD_PRC_INVESTIGATION_REQUEST':
      return { ...progress, prcInvestigationRequested: true };
    case 'ISSUE_US_INVESTIGATION_REPORT':
      return { ...progress, usInvestigationReportIssued: true };
  }
}

/**
 * Whether `action` may happen to a case now, and if so where the case then stands. Pure: a refused
 * move changes nothing and says why in a sentence the user reads.
 */
export function decideMove(progress: CaseProgress, action: CaseAction, args?: MoveArgs): MoveDecision {
  const reason = moveRefusal(progress, action, args);
  return reason === null ? { allowed: true, next: progressAfterMove(progress, action, args) } : { allowed: false, reason };
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

/** A conforming petition waiting to be forwarded: the PETITION_FORWARDING clock runs (19 CFR 12.42(c)). */
export function isPetitionForwardingOpen(progress: CaseProgress): boolean {
  return isCaseOpen(progress) && !!progress.petitionReceived && !!progress.petitionConforming && !progress.petitionForwarded;
}
