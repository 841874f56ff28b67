import { facilityLegalActions, unblockEvidenceRefusal, unblockRequestRefusal } from './facility-unblock';

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

describe('unblock evidence (docs/domain.md §6)', () => {
  const blockedAt = Date.UTC(2026, 2, 10, 12);

  it('a visit held after the block justifies lifting it', () => {
    expect(unblockEvidenceRefusal(blockedAt, Date.UTC(2026, 3, 1))).toBeNull();
  });

  it('a visit held before the block, or at its instant, does not, and the reason names both dates', () => {
    expect(unblockEvidenceRefusal(blockedAt, Date.UTC(2026, 1, 20))).toBe(
      'The visit with full access was held on 2026-02-20, before the facility was blocked on 2026-03-10: only a visit after the block can justify lifting it.',
    );
    expect(unblockEvidenceRefusal(blockedAt, blockedAt)).not.toBeNull();
  });

  it('no visit with full access: refused', () => {
    expect(unblockEvidenceRefusal(blockedAt, null)).toBe('No visit with full access is recorded on this case.');
  });
});
