/** Wire types of the inspectionCase workflow: its input, its state, and the ports it calls. */

export interface Allegation {
  summary: string;
  source: string;
  productCategories: string[];
}

export interface InspectionCaseInput {
  caseId: string;
  facilityId: string;
  allegation: Allegation;
  openedBy: string;
  assigneeId: string;
  /** ISO instant the case was opened (the API's clock at the request). */
  openedAt: string;
}

export interface CaseState {
  caseId: string;
  reference: string | null;
  facilityId: string;
  assigneeId: string;
  stage: string;
  outcome: string | null;
  /** Sequence of the last event committed to the log. */
  sequence: number;
  openedAt: string;
}

/** The read-model row written with an event, in the same transaction. */
export interface CaseProjection {
  facilityId: string;
  allegation: Allegation;
  openedBy: string;
  openedAt: string;
  assigneeId: string;
  stage: string;
  outcome: string | null;
  nextDeadlineAt: string | null;
  escalationLevel: number;
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

/** What the workflow needs from the outside world; the worker implements it with PostgreSQL. */
export interface CaseActivities {
  appendCaseEvent(input: AppendCaseEventInput): Promise<AppendedCaseEvent>;
}
