import { uuid4 } from '@temporalio/workflow';

/** The fields every request awaiting a second person's decision starts with (four-eyes, docs/domain.md §5–6). */
export interface PendingDecision {
  id: string;
  requestedBy: string;
  requestedAt: number;
  status: 'pending';
  decidedBy: null;
  decidedAt: null;
  decisionReason: null;
}

/** A new request by `requestedBy` at `requestedAt`, undecided; its id is deterministic within the workflow. */
export function pendingDecision(requestedBy: string, requestedAt: number): PendingDecision {
  return { id: uuid4(), requestedBy, requestedAt, status: 'pending', decidedBy: null, decidedAt: null, decisionReason: null };
}
