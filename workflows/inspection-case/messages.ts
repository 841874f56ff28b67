import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseOutcome } from '@mou/domain';
import type { Actor, CaseState } from './types';

/** The live state of the case, straight from the workflow. */
export const caseStateQuery = defineQuery<CaseState>('caseState');

/**
 * Completes once the opening event is committed to PostgreSQL; the API sends it with the start
 * (update-with-start), so `POST /cases` answers only when the case can be read back.
 */
export const caseOpenedUpdate = defineUpdate<CaseState>('caseOpened');

/** A document that proves a fact, as the fact's event records it. */
export interface AttachedDocument {
  id: string;
  name: string;
  sha256: string;
  size: number;
  type: string;
}

export interface ActionArgs {
  actor: Actor;
  /** When it happened, if earlier than now (recording a past request or visit). ISO instant. */
  at?: string;
  note?: string;
  /** Documents that prove the fact; its event's payload carries them (with their SHA-256). */
  documents?: AttachedDocument[];
}

export interface CloseArgs extends ActionArgs {
  outcome: CaseOutcome;
}

export interface ScheduleVisitArgs extends ActionArgs {
  scheduledFor: string;
}

export interface RecordVisitArgs extends ActionArgs {
  fullAccess: boolean;
}

/** A petition under 19 CFR 12.42(b): who sent it, the goods and facility it names, whether it conforms. */
export interface RecordPetitionArgs extends ActionArgs {
  petitioner: string;
  goods: string;
  conforming: boolean;
}

export interface NoteArgs {
  actor: Actor;
  noteId: string;
}

export interface EditNoteArgs extends NoteArgs {
  text: string;
}

export interface SendNoteArgs extends NoteArgs {
  /** When the note was sent, if earlier than now (ISO 8601). */
  sentAt?: string;
  documents?: AttachedDocument[];
}

export interface DeadlineArgs {
  actor: Actor;
  deadlineKey: string;
  reason: string;
  /** When the pause or resume took effect, if earlier than now. ISO instant. */
  at?: string;
}

export interface ExtendArgs extends DeadlineArgs {
  days: number;
}

export interface ReassignArgs {
  actor: Actor;
  assigneeId: string;
  reason: string;
}

export interface DecideApprovalArgs {
  actor: Actor;
  approvalId: string;
  approve: boolean;
  reason: string;
  /** When the decision was taken, if earlier than now (ISO 8601). */
  decidedAt?: string;
}

export interface AcknowledgeArgs {
  actor: Actor;
  escalationId: string;
  note?: string;
}

// Investigator actions (DESIGN.md §5). Each validator refuses an illegal move before history.
export const requestInvestigationUpdate = defineUpdate<CaseState, [ActionArgs]>('requestInvestigation');
export const requestVisitUpdate = defineUpdate<CaseState, [ActionArgs]>('requestVisit');
export const recordPrcReportUpdate = defineUpdate<CaseState, [ActionArgs]>('recordPrcReport');
export const scheduleVisitUpdate = defineUpdate<CaseState, [ScheduleVisitArgs]>('scheduleVisit');
export const recordVisitUpdate = defineUpdate<CaseState, [RecordVisitArgs]>('recordVisit');
export const issueUsReportUpdate = defineUpdate<CaseState, [ActionArgs]>('issueUsReport');
export const recordAccessDeniedUpdate = defineUpdate<CaseState, [ActionArgs]>('recordAccessDenied');
export const closeCaseUpdate = defineUpdate<CaseState, [CloseArgs]>('closeCase');
export const withdrawCaseUpdate = defineUpdate<CaseState, [ActionArgs]>('withdrawCase');
export const reopenCaseUpdate = defineUpdate<CaseState, [ActionArgs]>('reopenCase');
export const beginEnforcementReviewUpdate = defineUpdate<CaseState, [ActionArgs]>('beginEnforcementReview');
export const recordPetitionUpdate = defineUpdate<CaseState, [RecordPetitionArgs]>('recordPetition');
export const forwardPetitionUpdate = defineUpdate<CaseState, [ActionArgs]>('forwardPetition');
export const recordPrcInvestigationRequestUpdate = defineUpdate<CaseState, [ActionArgs]>('recordPrcInvestigationRequest');
export const issueUsInvestigationReportUpdate = defineUpdate<CaseState, [ActionArgs]>('issueUsInvestigationReport');

// The diplomatic note drafted at a PRC breach (docs/domain.md §5): supervisors edit, approve (four-eyes) and send it.
export const editDiplomaticNoteUpdate = defineUpdate<CaseState, [EditNoteArgs]>('editDiplomaticNote');
export const approveDiplomaticNoteUpdate = defineUpdate<CaseState, [NoteArgs]>('approveDiplomaticNote');
export const markDiplomaticNoteSentUpdate = defineUpdate<CaseState, [SendNoteArgs]>('markDiplomaticNoteSent');

// Supervisor actions.
export const pauseDeadlineUpdate = defineUpdate<CaseState, [DeadlineArgs]>('pauseDeadline');
export const resumeDeadlineUpdate = defineUpdate<CaseState, [DeadlineArgs]>('resumeDeadline');
export const extendDeadlineUpdate = defineUpdate<CaseState, [ExtendArgs]>('extendDeadline');
export const reassignCaseUpdate = defineUpdate<CaseState, [ReassignArgs]>('reassignCase');
export const decideApprovalUpdate = defineUpdate<CaseState, [DecideApprovalArgs]>('decideApproval');
export const acknowledgeEscalationUpdate = defineUpdate<CaseState, [AcknowledgeArgs]>('acknowledgeEscalation');
