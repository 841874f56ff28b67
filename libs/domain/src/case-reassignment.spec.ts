import { reassignmentRefusal } from './case-reassignment';
import { CaseStage, initialProgress } from './case-stage';

describe(reassignmentRefusal.name, () => {
  it('hands an open case to another investigator', () => {
    expect(reassignmentRefusal({ ...initialProgress(), stage: CaseStage.VISIT_REQUESTED, visitRequested: true }, 'inv-1', 'inv-2')).toBeNull();
  });

  it('refuses to reassign a closed or withdrawn case', () => {
    expect(reassignmentRefusal({ ...initialProgress(), stage: CaseStage.CLOSED, outcome: 'NO_ACTION' }, 'inv-1', 'inv-2')).toBe('A closed case cannot be reassigned.');
    expect(reassignmentRefusal({ ...initialProgress(), stage: CaseStage.WITHDRAWN }, 'inv-1', 'inv-2')).toBe('A closed case cannot be reassigned.');
  });

  it('refuses to reassign a case to the person who already has it', () => {
    expect(reassignmentRefusal(initialProgress(), 'inv-1', 'inv-1')).toBe('The case is already assigned to this person.');
  });

  it('keeps a case whose access was denied open to reassignment', () => {
    expect(reassignmentRefusal({ ...initialProgress(), stage: CaseStage.ACCESS_DENIED, visitRequested: true, accessDenied: true }, 'inv-1', 'inv-2')).toBeNull();
  });
});
