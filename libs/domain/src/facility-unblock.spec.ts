import { facilityLegalActions, unblockRequestRefusal } from './facility-unblock';

describe(unblockRequestRefusal.name, () => {
  it('allows asking to unblock a blocked facility with no request waiting', () => {
    expect(unblockRequestRefusal('BLOCKED', false)).toBeNull();
    expect(facilityLegalActions('BLOCKED', false)).toEqual(['REQUEST_UNBLOCK']);
  });

  it('refuses a facility that is not blocked, naming its status', () => {
    expect(unblockRequestRefusal('ACCESS_DENIED', false)).toBe('The facility is ACCESS_DENIED, not blocked.');
    expect(facilityLegalActions('CLEARED', false)).toEqual([]);
  });

  it('refuses a second request while one waits for a decision', () => {
    expect(unblockRequestRefusal('BLOCKED', true)).toBe('An unblock request is already waiting for a decision.');
    expect(facilityLegalActions('BLOCKED', true)).toEqual([]);
  });
});
