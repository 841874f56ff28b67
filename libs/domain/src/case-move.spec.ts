import { decideMove, isVisitRequestOpen, legalActions, legalOutcomes, moveRefusal, progressAfterMove } from './case-move';
import { CaseStage, initialProgress, type CaseAction, type CaseOutcome, type CaseProgress } from './case-stage';

/** Plays moves that must all be legal; fails the test at the first refusal. */
function play(...moves: (CaseAction | [CaseAction, CaseOutcome])[]): CaseProgress {
  return moves.reduce<CaseProgress>((progress, move) => {
    const [action, outcome] = Array.isArray(move) ? move : [move, undefined];
    const decision = decideMove(progress, action, { outcome });
    if (!decision.allowed) throw new Error(`${action} refused: ${decision.reason}`);
    return decision.next;
  }, initialProgress());
}

describe(decideMove.name, () => {
  it('walks a case from request to closing, the stage always the most advanced reached', () => {
    const stages = [
      play('REQUEST_VISIT'),
      play('REQUEST_VISIT', 'SCHEDULE_VISIT'),
      play('REQUEST_VISIT', 'SCHEDULE_VISIT', 'RECORD_VISIT'),
      play('REQUEST_VISIT', 'SCHEDULE_VISIT', 'RECORD_VISIT', 'ISSUE_US_REPORT'),
      play('REQUEST_VISIT', 'SCHEDULE_VISIT', 'RECORD_VISIT', 'ISSUE_US_REPORT', 'BEGIN_ENFORCEMENT_REVIEW'),
      play('REQUEST_VISIT', 'RECORD_VISIT', 'ISSUE_US_REPORT', 'BEGIN_ENFORCEMENT_REVIEW', ['CLOSE', 'WRO_RECOMMENDED']),
    ].map((progress) => progress.stage);
    expect(stages).toEqual([
      CaseStage.VISIT_REQUESTED,
      CaseStage.VISIT_SCHEDULED,
      CaseStage.VISIT_CONDUCTED,
      CaseStage.US_REPORT_ISSUED,
      CaseStage.ENFORCEMENT_REVIEW,
      CaseStage.CLOSED,
    ]);
  });

  it('keeps an investigation request and a visit request open side by side', () => {
    const progress = play('REQUEST_INVESTIGATION', 'REQUEST_VISIT', 'RECORD_PRC_REPORT');
    expect(progress.stage).toBe(CaseStage.PRC_REPORT_RECEIVED);
    expect(isVisitRequestOpen(progress)).toBe(true);
    expect(play('REQUEST_INVESTIGATION', 'REQUEST_VISIT', 'RECORD_PRC_REPORT', 'SCHEDULE_VISIT').stage).toBe(CaseStage.VISIT_SCHEDULED);
  });

  it('refuses to record a visit that was never requested, and changes nothing', () => {
    const progress = play('REQUEST_INVESTIGATION');
    const before = JSON.stringify(progress);
    expect(decideMove(progress, 'RECORD_VISIT')).toEqual({
      allowed: false,
      reason: 'A visit cannot be recorded: no visit was requested on this case.',
    });
    expect(JSON.stringify(progress)).toBe(before);
  });

  it('refuses to close an already closed case', () => {
    expect(decideMove(play(['CLOSE', 'NO_ACTION']), 'CLOSE', { outcome: 'NO_ACTION' })).toEqual({
      allowed: false,
      reason: 'The case is already closed.',
    });
  });

  it('refuses to block a facility when access was never denied', () => {
    const decision = decideMove(play('REQUEST_VISIT'), 'CLOSE', { outcome: 'FACILITY_BLOCKED' });
    expect(decision).toEqual({ allowed: false, reason: 'The facility can be blocked only after access to it was denied on this case.' });
  });

  it('blocks a facility once access was denied', () => {
    const progress = play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED', ['CLOSE', 'FACILITY_BLOCKED']);
    expect(progress).toMatchObject({ stage: CaseStage.CLOSED, outcome: 'FACILITY_BLOCKED' });
  });

  it('needs an outcome to close', () => {
    const decision = decideMove(initialProgress(), 'CLOSE');
    expect(decision.allowed).toBe(false);
    expect(!decision.allowed && decision.reason).toMatch(/closed with an outcome: choose one of NO_ACTION/);
  });

  it('allows each request once per cycle', () => {
    expect(decideMove(play('REQUEST_VISIT'), 'REQUEST_VISIT')).toMatchObject({ allowed: false, reason: expect.stringMatching(/already requested/) });
    expect(decideMove(play('REQUEST_INVESTIGATION'), 'REQUEST_INVESTIGATION').allowed).toBe(false);
  });

  it('needs an open investigation request for a PRC report, and only one report', () => {
    expect(decideMove(initialProgress(), 'RECORD_PRC_REPORT')).toMatchObject({ allowed: false, reason: expect.stringMatching(/no investigation was requested/) });
    expect(decideMove(play('REQUEST_INVESTIGATION', 'RECORD_PRC_REPORT'), 'RECORD_PRC_REPORT').allowed).toBe(false);
  });

  it('needs a conducted visit for the US report', () => {
    expect(decideMove(play('REQUEST_VISIT', 'SCHEDULE_VISIT'), 'ISSUE_US_REPORT')).toEqual({
      allowed: false,
      reason: 'The US report cannot be issued: no visit was conducted on this case.',
    });
  });

  it('records a denial of access only on an open visit request', () => {
    expect(decideMove(play('REQUEST_VISIT', 'RECORD_VISIT'), 'RECORD_ACCESS_DENIED')).toMatchObject({ allowed: false, reason: expect.stringMatching(/already conducted/) });
    expect(decideMove(play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED'), 'RECORD_VISIT')).toMatchObject({ allowed: false, reason: expect.stringMatching(/access to the facility was denied/) });
    expect(play('REQUEST_VISIT', 'SCHEDULE_VISIT', 'RECORD_ACCESS_DENIED').stage).toBe(CaseStage.ACCESS_DENIED);
  });

  it('withdraws from any open stage, after which the case cannot move or be reopened', () => {
    const withdrawn = play('REQUEST_VISIT', 'WITHDRAW');
    expect(withdrawn.stage).toBe(CaseStage.WITHDRAWN);
    expect(decideMove(withdrawn, 'REQUEST_INVESTIGATION')).toEqual({ allowed: false, reason: 'The case was already withdrawn.' });
    expect(decideMove(withdrawn, 'REOPEN')).toEqual({ allowed: false, reason: 'A withdrawn case cannot be reopened; open a new case instead.' });
  });

  it('reopens a closed case on a visited facility into a fresh cycle', () => {
    const closed = play('REQUEST_VISIT', 'RECORD_VISIT', ['CLOSE', 'NO_ACTION']);
    const decision = decideMove(closed, 'REOPEN');
    expect(decision).toEqual({ allowed: true, next: { ...initialProgress(), stage: CaseStage.REOPENED } });
    const again = play('REQUEST_VISIT', 'RECORD_VISIT', ['CLOSE', 'NO_ACTION'], 'REOPEN', 'REQUEST_VISIT');
    expect(again.stage).toBe(CaseStage.VISIT_REQUESTED);
  });

  it('reopens a case where access was denied, but not a closed case with no visit and no denial', () => {
    expect(decideMove(play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED'), 'REOPEN').allowed).toBe(true);
    expect(decideMove(play(['CLOSE', 'NO_ACTION']), 'REOPEN')).toMatchObject({ allowed: false, reason: expect.stringMatching(/new information on a visited facility/) });
    expect(decideMove(play('REQUEST_VISIT', 'RECORD_VISIT'), 'REOPEN').allowed).toBe(false);
  });

  it('begins enforcement review only with something to review', () => {
    expect(decideMove(play('REQUEST_VISIT'), 'BEGIN_ENFORCEMENT_REVIEW').allowed).toBe(false);
    expect(play('REQUEST_INVESTIGATION', 'RECORD_PRC_REPORT', 'BEGIN_ENFORCEMENT_REVIEW').stage).toBe(CaseStage.ENFORCEMENT_REVIEW);
    expect(play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED', 'BEGIN_ENFORCEMENT_REVIEW', ['CLOSE', 'FACILITY_BLOCKED']).outcome).toBe('FACILITY_BLOCKED');
  });
});

describe(legalActions.name, () => {
  it('offers requests, withdrawal and closing on a new case', () => {
    expect(legalActions(initialProgress())).toEqual(['REQUEST_INVESTIGATION', 'REQUEST_VISIT', 'CLOSE', 'WITHDRAW', 'RECORD_PETITION', 'RECORD_PRC_INVESTIGATION_REQUEST']);
  });

  it('offers the visit moves once a visit is requested', () => {
    expect(legalActions(play('REQUEST_VISIT'))).toEqual([
      'REQUEST_INVESTIGATION',
      'SCHEDULE_VISIT',
      'RECORD_VISIT',
      'RECORD_ACCESS_DENIED',
      'CLOSE',
      'WITHDRAW',
      'RECORD_PETITION',
      'RECORD_PRC_INVESTIGATION_REQUEST',
    ]);
  });

  it('offers forwarding a petition only once a conforming one is recorded, and the US report once the PRC asked for one', () => {
    const conforming = decideMove(initialProgress(), 'RECORD_PETITION', { conforming: true });
    const returned = decideMove(initialProgress(), 'RECORD_PETITION', { conforming: false });
    if (!conforming.allowed || !returned.allowed) throw new Error('a first petition is always recorded');
    expect(legalActions(conforming.next)).toContain('FORWARD_PETITION');
    expect(legalActions(returned.next)).not.toContain('FORWARD_PETITION');
    expect(moveRefusal(returned.next, 'FORWARD_PETITION')).toBe(
      'The petition cannot be forwarded: it does not conform to 19 CFR 12.42(b) and is returned to the petitioner instead.',
    );
    expect(moveRefusal(conforming.next, 'RECORD_PETITION')).toBe('A petition was already recorded on this case; a case carries one petition per cycle.');
    expect(conforming.next.stage).toBe(CaseStage.OPEN);
    expect(legalActions(play('RECORD_PRC_INVESTIGATION_REQUEST'))).toContain('ISSUE_US_INVESTIGATION_REPORT');
    expect(moveRefusal(initialProgress(), 'ISSUE_US_INVESTIGATION_REPORT')).toBe('The US investigation report cannot be issued: the PRC asked for no investigation on this case.');
    expect(moveRefusal(play('RECORD_PRC_INVESTIGATION_REQUEST', 'ISSUE_US_INVESTIGATION_REPORT'), 'ISSUE_US_INVESTIGATION_REPORT')).toBe(
      'The US investigation report on this request was already issued.',
    );
  });

  it('offers only REOPEN on a closed case with a visit, and nothing on a withdrawn one', () => {
    expect(legalActions(play('REQUEST_VISIT', 'RECORD_VISIT', ['CLOSE', 'NO_ACTION']))).toEqual(['REOPEN']);
    expect(legalActions(play('WITHDRAW'))).toEqual([]);
  });
});

describe(legalOutcomes.name, () => {
  it('offers blocking only after a denial of access', () => {
    expect(legalOutcomes(play('REQUEST_VISIT'))).not.toContain('FACILITY_BLOCKED');
    expect(legalOutcomes(play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED'))).toContain('FACILITY_BLOCKED');
  });
});

describe(moveRefusal.name, () => {
  it('says why a move is refused, and nothing when it is allowed', () => {
    expect(moveRefusal(initialProgress(), 'RECORD_VISIT')).toBe('A visit cannot be recorded: no visit was requested on this case.');
    expect(moveRefusal(initialProgress(), 'REQUEST_VISIT')).toBeNull();
  });
});

describe(progressAfterMove.name, () => {
  it('applies an allowed move as decideMove does, without checking it again', () => {
    const requested = play('REQUEST_VISIT');
    expect(progressAfterMove(requested, 'RECORD_VISIT')).toEqual(play('REQUEST_VISIT', 'RECORD_VISIT'));
    expect(progressAfterMove(play('REQUEST_VISIT', 'RECORD_ACCESS_DENIED'), 'CLOSE', { outcome: 'FACILITY_BLOCKED' })).toMatchObject({ stage: CaseStage.CLOSED, outcome: 'FACILITY_BLOCKED' });
  });
});
