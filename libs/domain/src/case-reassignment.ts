import { isCaseOpen } from './case-move';
import type { CaseProgress } from './case-stage';

/**
 * Whether a supervisor may hand the case to `toAssigneeId` now (docs/domain.md §2): only while the
 * case is open, and only to someone else. Returns the reason it is refused, or null.
 */
export function reassignmentRefusal(progress: CaseProgress, currentAssigneeId: string, toAssigneeId: string): string | null {
  if (!isCaseOpen(progress)) return 'A closed case cannot be reassigned.';
  if (toAssigneeId === currentAssigneeId) return 'The case is already assigned to this person.';
  return null;
}
