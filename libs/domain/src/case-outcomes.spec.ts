import { allowedCloseOutcomes, approvalsAtConclusion, closeOutcomeChoices } from './case-outcomes';
import { CaseStage, initialProgress, type CaseProgress } from './case-stage';

const visitRequested: CaseProgress = { ...initialProgress(), stage: CaseStage.VISIT_REQUESTED, visitRequested: true };

describe(closeOutcomeChoices.name, () => {
  it('refuses blocking the facility until access was denied, with the reason', () => {
    expect(allowedCloseOutcomes(visitRequested)).toEqual(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED']);
    expect(closeOutcomeChoices(visitRequested).find((c) => c.outcome === 'FACILITY_BLOCKED')).toEqual({
      outcome: 'FACILITY_BLOCKED',
      allowed: false,
      reason: 'The facility can be blocked only after access to it was denied on this case.',
    });
  });

  it('offers blocking once access was denied', () => {
    const denied: CaseProgress = { ...visitRequested, stage: CaseStage.ACCESS_DENIED, accessDenied: true };
    expect(allowedCloseOutcomes(denied)).toEqual(['NO_ACTION', 'WRO_RECOMMENDED', 'FINDING_RECOMMENDED', 'FACILITY_BLOCKED']);
  });

  it('offers nothing on a closed case', () => {
    const closed: CaseProgress = { ...visitRequested, stage: CaseStage.CLOSED, outcome: 'NO_ACTION' };
    expect(allowedCloseOutcomes(closed)).toEqual([]);
    expect(closeOutcomeChoices(closed)[0]).toEqual({ outcome: 'NO_ACTION', allowed: false, reason: 'The case is already closed.' });
  });
});

describe(approvalsAtConclusion.name, () => {
  const wro = { id: 'w1', kind: 'PROVISIONAL_WRO', status: 'pending' };
  const block = { id: 'b1', kind: 'BLOCK_FACILITY', status: 'pending' };
  const decided = { id: 'w0', kind: 'PROVISIONAL_WRO', status: 'approved' };

  it('closing or withdrawing cancels every approval still pending, never a decided one', () => {
    expect(approvalsAtConclusion('NO_ACTION', [decided, wro, block])).toEqual({ cancel: ['w1', 'b1'], requestBlock: false });
    expect(approvalsAtConclusion(null, [wro, block])).toEqual({ cancel: ['w1', 'b1'], requestBlock: false });
  });

  it('closing FACILITY_BLOCKED keeps the pending block for its second approver, or asks for one', () => {
    expect(approvalsAtConclusion('FACILITY_BLOCKED', [wro, block])).toEqual({ cancel: ['w1'], requestBlock: false });
    expect(approvalsAtConclusion('FACILITY_BLOCKED', [{ ...block, status: 'rejected' }])).toEqual({ cancel: [], requestBlock: true });
    expect(approvalsAtConclusion('FACILITY_BLOCKED', [{ ...block, status: 'approved' }])).toEqual({ cancel: [], requestBlock: false });
  });
});
