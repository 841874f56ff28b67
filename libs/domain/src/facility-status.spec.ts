import { facilityStatus, facilityStatusPeriods, type FacilityCaseFacts, type FacilityFacts } from './facility-status';

const D = (n: number) => Date.UTC(2026, 0, 1) + n * 86_400_000;

const aCase = (over: Partial<FacilityCaseFacts> = {}): FacilityCaseFacts => ({
  caseId: 'c1',
  label: 'MOU-1',
  openedAt: D(0),
  cycleStartedAt: 0,
  closed: null,
  withdrawnAt: null,
  visits: [],
  refusals: [],
  blockApprovals: [],
  ...over,
});
const facts = (cases: FacilityCaseFacts[], over: Partial<FacilityFacts> = {}): FacilityFacts => ({ cases, unblocks: [], ...over });

describe('facility status from its facts (docs/domain.md §6)', () => {
  it('no case: NONE', () => {
    expect(facilityStatus(facts([]))).toEqual({ status: 'NONE', reason: 'No case on the facility', caseId: null, at: 0 });
  });

  it('an open case: UNDER_INVESTIGATION since it was opened', () => {
    expect(facilityStatus(facts([aCase()]))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-1 open', caseId: 'c1', at: D(0) });
  });

  it('access refused on an open case: ACCESS_DENIED as of the refusal', () => {
    const refused = aCase({ refusals: [{ at: D(10), withdrawnAt: null }], blockApprovals: [{ id: 'b1', status: 'pending', requestedAt: D(10), decidedAt: null, reason: 'Refused' }] });
    expect(facilityStatus(facts([refused]))).toEqual({ status: 'ACCESS_DENIED', reason: 'Access refused on case MOU-1', caseId: 'c1', at: D(10) });
  });

  it('the block approved: BLOCKED as of the decision, naming the case and the reason', () => {
    const blocked = aCase({ refusals: [{ at: D(10), withdrawnAt: null }], blockApprovals: [{ id: 'b1', status: 'approved', requestedAt: D(10), decidedAt: D(12), reason: 'Refusal documented' }] });
    expect(facilityStatus(facts([blocked]))).toEqual({ status: 'BLOCKED', reason: 'Block approved on case MOU-1: Refusal documented', caseId: 'c1', at: D(12) });
  });

  it('the block rejected while the case is open: back to UNDER_INVESTIGATION, not ACCESS_DENIED', () => {
    const rejected = aCase({ refusals: [{ at: D(10), withdrawnAt: null }], blockApprovals: [{ id: 'b1', status: 'rejected', requestedAt: D(10), decidedAt: D(12), reason: 'Refused' }] });
    expect(facilityStatus(facts([rejected])).status).toBe('UNDER_INVESTIGATION');
  });

  it('the refusal withdrawn by a visit entered late: UNDER_INVESTIGATION', () => {
    const withdrawn = aCase({ refusals: [{ at: D(10), withdrawnAt: D(20) }], blockApprovals: [{ id: 'b1', status: 'cancelled', requestedAt: D(10), decidedAt: D(20), reason: 'Refused' }] });
    expect(facilityStatus(facts([withdrawn])).status).toBe('UNDER_INVESTIGATION');
  });

  it('a visit with full access after the refusal decides it: UNDER_INVESTIGATION while the case is open', () => {
    const visited = aCase({ refusals: [{ at: D(10), withdrawnAt: null }], visits: [{ at: D(30), fullAccess: true }] });
    expect(facilityStatus(facts([visited])).status).toBe('UNDER_INVESTIGATION');
  });

  it('a full-access visit then a NO_ACTION close, no other open case: CLEARED as of the close', () => {
    const cleared = aCase({ visits: [{ at: D(30), fullAccess: true }], closed: { at: D(40), outcome: 'NO_ACTION' } });
    expect(facilityStatus(facts([cleared]))).toEqual({
      status: 'CLEARED',
      reason: 'Case MOU-1 closed with no action after a visit with full access on 2026-01-31',
      caseId: 'c1',
      at: D(40),
    });
  });

  it('the same close with another case still open: UNDER_INVESTIGATION from the open case', () => {
    const cleared = aCase({ visits: [{ at: D(30), fullAccess: true }], closed: { at: D(40), outcome: 'NO_ACTION' } });
    const other = aCase({ caseId: 'c2', label: 'MOU-2', openedAt: D(5) });
    expect(facilityStatus(facts([cleared, other]))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-2 open', caseId: 'c2', at: D(5) });
  });

  it('a NO_ACTION close after a visit without full access: NONE, not CLEARED', () => {
    const closed = aCase({ visits: [{ at: D(30), fullAccess: false }], closed: { at: D(40), outcome: 'NO_ACTION' } });
    expect(facilityStatus(facts([closed]))).toEqual({ status: 'NONE', reason: 'Case MOU-1 closed with no action', caseId: 'c1', at: D(40) });
  });

  it('a close recommending a WRO: UNDER_INVESTIGATION as of the close', () => {
    const closed = aCase({ closed: { at: D(40), outcome: 'WRO_RECOMMENDED' } });
    expect(facilityStatus(facts([closed]))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-1 closed with outcome WRO_RECOMMENDED', caseId: 'c1', at: D(40) });
  });

  it('a NO_ACTION close after a refusal, its block cancelled by the close: the refusal no longer holds the facility (NONE)', () => {
    const closed = aCase({
      refusals: [{ at: D(10), withdrawnAt: null }],
      blockApprovals: [{ id: 'b1', status: 'cancelled', requestedAt: D(10), decidedAt: D(40), reason: 'Refused' }],
      closed: { at: D(40), outcome: 'NO_ACTION' },
    });
    expect(facilityStatus(facts([closed]))).toEqual({ status: 'NONE', reason: 'Case MOU-1 closed with no action', caseId: 'c1', at: D(40) });
  });

  it('closed FACILITY_BLOCKED with its block pending: ACCESS_DENIED; approved: BLOCKED; rejected: UNDER_INVESTIGATION', () => {
    const closedBlocked = (status: 'pending' | 'approved' | 'rejected') =>
      aCase({
        refusals: [{ at: D(10), withdrawnAt: null }],
        blockApprovals: [{ id: 'b1', status, requestedAt: D(40), decidedAt: status === 'pending' ? null : D(41), reason: 'Closed blocked' }],
        closed: { at: D(40), outcome: 'FACILITY_BLOCKED' },
      });
    expect(facilityStatus(facts([closedBlocked('pending')]))).toEqual({ status: 'ACCESS_DENIED', reason: 'Access refused on case MOU-1', caseId: 'c1', at: D(40) });
    expect(facilityStatus(facts([closedBlocked('approved')]))).toEqual({ status: 'BLOCKED', reason: 'Block approved on case MOU-1: Closed blocked', caseId: 'c1', at: D(41) });
    expect(facilityStatus(facts([closedBlocked('rejected')]))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-1 closed with outcome FACILITY_BLOCKED', caseId: 'c1', at: D(40) });
  });

  it('a withdrawn case concludes nothing: with no other case the facility has no status from it', () => {
    expect(facilityStatus(facts([aCase({ withdrawnAt: D(3) })])).status).toBe('NONE');
    // An earlier clearance stands through a later case that was withdrawn.
    const cleared = aCase({ visits: [{ at: D(30), fullAccess: true }], closed: { at: D(40), outcome: 'NO_ACTION' } });
    const withdrawn = aCase({ caseId: 'c2', label: 'MOU-2', openedAt: D(50), withdrawnAt: D(55) });
    expect(facilityStatus(facts([cleared, withdrawn])).status).toBe('CLEARED');
  });

  it('a block stays through the close of its case until an unblock; then CLEARED', () => {
    const blocked = aCase({
      refusals: [{ at: D(10), withdrawnAt: null }],
      blockApprovals: [{ id: 'b1', status: 'approved', requestedAt: D(10), decidedAt: D(12), reason: 'Refused' }],
      closed: { at: D(20), outcome: 'FACILITY_BLOCKED' },
    });
    expect(facilityStatus(facts([blocked])).status).toBe('BLOCKED');
    expect(facilityStatus(facts([blocked], { unblocks: [{ at: D(60), reason: 'Audit checked' }] }))).toEqual({ status: 'CLEARED', reason: 'Unblocked: Audit checked', caseId: null, at: D(60) });
  });

  it('an unblock concludes the cases open when it was decided; a case opened after it puts the facility under investigation', () => {
    const blockedOpen = aCase({
      refusals: [{ at: D(10), withdrawnAt: null }],
      blockApprovals: [{ id: 'b1', status: 'approved', requestedAt: D(10), decidedAt: D(12), reason: 'Refused' }],
    });
    const unblocked = { unblocks: [{ at: D(60), reason: 'Petition' }] };
    expect(facilityStatus(facts([blockedOpen], unblocked)).status).toBe('CLEARED');
    const later = aCase({ caseId: 'c2', label: 'MOU-2', openedAt: D(70) });
    expect(facilityStatus(facts([blockedOpen, later], unblocked))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-2 open', caseId: 'c2', at: D(70) });
  });

  it('a block approved after an unblock blocks again', () => {
    const twice = aCase({
      blockApprovals: [
        { id: 'b1', status: 'approved', requestedAt: D(10), decidedAt: D(12), reason: 'First' },
        { id: 'b2', status: 'approved', requestedAt: D(80), decidedAt: D(81), reason: 'Second' },
      ],
    });
    expect(facilityStatus(facts([twice], { unblocks: [{ at: D(60), reason: 'Petition' }] }))).toMatchObject({ status: 'BLOCKED', reason: 'Block approved on case MOU-1: Second', at: D(81) });
  });

  it('a reopened case: open again, its earlier cycle\'s visit no longer clears it and its earlier refusal no longer denies', () => {
    const reopened = aCase({
      refusals: [{ at: D(10), withdrawnAt: null }],
      visits: [{ at: D(5), fullAccess: true }],
      cycleStartedAt: D(50),
    });
    expect(facilityStatus(facts([reopened]))).toEqual({ status: 'UNDER_INVESTIGATION', reason: 'Case MOU-1 open', caseId: 'c1', at: D(50) });
    const closedAgain = { ...reopened, closed: { at: D(60), outcome: 'NO_ACTION' } };
    expect(facilityStatus(facts([closedAgain])).status).toBe('NONE');
  });

  it('the latest conclusion decides among closed cases', () => {
    const wro = aCase({ closed: { at: D(40), outcome: 'WRO_RECOMMENDED' } });
    const cleared = aCase({ caseId: 'c2', label: 'MOU-2', visits: [{ at: D(45), fullAccess: true }], closed: { at: D(50), outcome: 'NO_ACTION' } });
    expect(facilityStatus(facts([wro, cleared])).status).toBe('CLEARED');
    expect(facilityStatus(facts([{ ...wro, closed: { at: D(60), outcome: 'WRO_RECOMMENDED' } }, cleared])).status).toBe('UNDER_INVESTIGATION');
  });

  it('a facility blocked before its facts were kept stays BLOCKED until unblocked; another status from then stands until its cases say more', () => {
    expect(facilityStatus(facts([], { baseline: { status: 'BLOCKED', at: D(1) } }))).toEqual({ status: 'BLOCKED', reason: 'Blocked before its facts were kept', caseId: null, at: D(1) });
    expect(facilityStatus(facts([], { baseline: { status: 'BLOCKED', at: D(1) }, unblocks: [{ at: D(2), reason: 'Petition' }] })).status).toBe('CLEARED');
    expect(facilityStatus(facts([], { baseline: { status: 'UNDER_INVESTIGATION', at: D(1) } })).status).toBe('UNDER_INVESTIGATION');
  });
});

describe('facility status periods (what policy staff see)', () => {
  it('starts NONE at registration and follows each dated change', () => {
    expect(
      facilityStatusPeriods(D(0), [
        { to: 'UNDER_INVESTIGATION', at: D(2) },
        { to: 'ACCESS_DENIED', at: D(10) },
        { to: 'UNDER_INVESTIGATION', at: D(12) },
        { to: 'CLEARED', at: D(40) },
      ]),
    ).toEqual([
      { status: 'NONE', from: D(0), to: D(2) },
      { status: 'UNDER_INVESTIGATION', from: D(2), to: D(10) },
      { status: 'ACCESS_DENIED', from: D(10), to: D(12) },
      { status: 'UNDER_INVESTIGATION', from: D(12), to: D(40) },
      { status: 'CLEARED', from: D(40), to: null },
    ]);
  });

  it('a change withdrawn as of its own instant leaves no empty period', () => {
    expect(
      facilityStatusPeriods(D(0), [
        { to: 'UNDER_INVESTIGATION', at: D(2) },
        { to: 'ACCESS_DENIED', at: D(10) },
        { to: 'UNDER_INVESTIGATION', at: D(10) },
      ]),
    ).toEqual([
      { status: 'NONE', from: D(0), to: D(2) },
      { status: 'UNDER_INVESTIGATION', from: D(2), to: null },
    ]);
  });

  it('a facility never changed: NONE since its registration', () => {
    expect(facilityStatusPeriods(D(3), [])).toEqual([{ status: 'NONE', from: D(3), to: null }]);
  });
});
