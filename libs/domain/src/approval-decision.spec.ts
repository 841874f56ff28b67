import { approvalDecisionRefusal } from './approval-decision';

describe(approvalDecisionRefusal.name, () => {
  it('lets a second supervisor decide a pending approval', () => {
    expect(approvalDecisionRefusal({ requestedBy: 'sup-1', status: 'pending' }, 'sup-2', 'inv-1')).toBeNull();
  });

  it('refuses the person who asked and the case investigator, with the four-eyes sentence', () => {
    expect(approvalDecisionRefusal({ requestedBy: 'sup-1', status: 'pending' }, 'sup-1', 'inv-1')).toBe('You requested this step; a second supervisor must decide it.');
    expect(approvalDecisionRefusal({ requestedBy: 'system', status: 'pending' }, 'inv-1', 'inv-1')).toBe('You investigate this case; a supervisor who does not must decide it.');
  });

  it('refuses everyone once the approval is decided', () => {
    expect(approvalDecisionRefusal({ requestedBy: 'sup-1', status: 'approved' }, 'sup-2', 'inv-1')).toBe('This approval was already approved.');
    expect(approvalDecisionRefusal({ requestedBy: 'sup-1', status: 'rejected' }, 'sup-2')).toBe('This approval was already rejected.');
  });
});
