import { fourEyesRefusal, mayDecideApproval } from './four-eyes';

describe(fourEyesRefusal.name, () => {
  const approval = { requestedBy: 'sup-1' };

  it('refuses the supervisor who asked for the step', () => {
    expect(fourEyesRefusal(approval, 'sup-1', 'inv-1')).toBe('You requested this step; a second supervisor must decide it.');
  });

  it("refuses the case's own investigator, even when someone else asked", () => {
    expect(fourEyesRefusal({ requestedBy: 'system' }, 'inv-1', 'inv-1')).toBe('You investigate this case; a supervisor who does not must decide it.');
  });

  it('allows another supervisor', () => {
    expect(fourEyesRefusal(approval, 'sup-2', 'inv-1')).toBeNull();
  });

  it('has no investigator to refuse on a facility unblock, only the requester', () => {
    expect(fourEyesRefusal(approval, 'sup-1')).toMatch(/second supervisor/);
    expect(fourEyesRefusal(approval, 'sup-2', null)).toBeNull();
  });
});

describe(mayDecideApproval.name, () => {
  it('lists only the supervisors who may decide', () => {
    const supervisors = ['sup-1', 'sup-2', 'inv-sup'];
    expect(supervisors.filter((id) => mayDecideApproval({ requestedBy: 'sup-1' }, id, 'inv-sup'))).toEqual(['sup-2']);
  });
});
