import { CaseFactInstants, clockHoldDateRefusal, decisionDateRefusal, factDateRefusal, stepsWithdrawnBy, visitCorrectsDeemedRefusal } from './fact-dates';

const DAY = 86_400_000;
const now = Date.parse('2026-06-01T12:00:00.000Z');
const requested = now - 360 * DAY;
const none: CaseFactInstants = {
  cycleStartedAt: null,
  investigationRequestedAt: null,
  prcReportReceivedAt: null,
  visitRequestedAt: null,
  visitHeldAt: null,
  usReportIssuedAt: null,
  accessDenied: null,
};
const iso = (ms: number) => new Date(ms).toISOString();

describe(factDateRefusal.name, () => {
  it('accepts a fact without a date (it happens now) and one dated in the past', () => {
    expect(factDateRefusal('REQUEST_VISIT', undefined, none, now)).toBeNull();
    expect(factDateRefusal('REQUEST_VISIT', iso(requested), none, now)).toBeNull();
  });

  it('refuses a date in the future with 400, naming the field the move carries it in', () => {
    expect(factDateRefusal('RECORD_VISIT', iso(now + DAY), { ...none, visitRequestedAt: requested }, now)).toEqual({
      status: 400,
      field: 'heldAt',
      reason: `heldAt: ${iso(now + DAY)} is in the future; a fact is entered once it happened.`,
    });
    expect(factDateRefusal('REQUEST_VISIT', 'yesterday', none, now)).toEqual({ status: 400, field: 'requestedAt', reason: 'requestedAt: yesterday is not a date.' });
  });

  it('tolerates a minute of difference between clocks', () => {
    expect(factDateRefusal('REQUEST_VISIT', iso(now + 30_000), none, now)).toBeNull();
  });

  it('refuses with 409 a visit dated before its request, naming both dates', () => {
    expect(factDateRefusal('RECORD_VISIT', iso(requested - DAY), { ...none, visitRequestedAt: requested }, now)).toEqual({
      status: 409,
      reason: `The visit dated ${iso(requested - DAY).slice(0, 10)} cannot precede its request on ${iso(requested).slice(0, 10)}.`,
    });
  });

  it('refuses a US report before the visit, a PRC report before the investigation request and a refusal before the visit request', () => {
    const facts = { ...none, visitRequestedAt: requested, visitHeldAt: requested + 75 * DAY, investigationRequestedAt: requested };
    expect(factDateRefusal('ISSUE_US_REPORT', iso(requested + 70 * DAY), facts, now)?.reason).toBe(
      `The US report dated ${iso(requested + 70 * DAY).slice(0, 10)} cannot precede the visit it reports on on ${iso(requested + 75 * DAY).slice(0, 10)}.`,
    );
    expect(factDateRefusal('ISSUE_US_REPORT', iso(requested + 80 * DAY), facts, now)).toBeNull();
    expect(factDateRefusal('RECORD_PRC_REPORT', iso(requested - 1), facts, now)?.status).toBe(409);
    expect(factDateRefusal('RECORD_ACCESS_DENIED', iso(requested - 1), facts, now)?.status).toBe(409);
  });

  it('refuses a fact of a reopened cycle dated before the reopening', () => {
    const reopened = now - 10 * DAY;
    expect(factDateRefusal('REQUEST_VISIT', iso(reopened - DAY), { ...none, cycleStartedAt: reopened }, now)?.reason).toBe(
      `The visit request dated ${iso(reopened - DAY).slice(0, 10)} cannot precede the reopening of the case on ${iso(reopened).slice(0, 10)}.`,
    );
    expect(factDateRefusal('REQUEST_VISIT', iso(reopened + DAY), { ...none, cycleStartedAt: reopened }, now)).toBeNull();
  });
});

describe(visitCorrectsDeemedRefusal.name, () => {
  const deemedAt = requested + 180 * DAY;
  it('lets a visit held before a deemed refusal correct it', () => {
    expect(visitCorrectsDeemedRefusal({ ...none, accessDenied: { at: deemedAt, how: 'deemed' } }, requested + 75 * DAY)).toBe(true);
  });

  it('never corrects an explicit refusal, nor a deemed one the visit came after', () => {
    expect(visitCorrectsDeemedRefusal({ ...none, accessDenied: { at: deemedAt, how: 'explicit' } }, requested + 75 * DAY)).toBe(false);
    expect(visitCorrectsDeemedRefusal({ ...none, accessDenied: { at: deemedAt, how: 'deemed' } }, deemedAt + DAY)).toBe(false);
    expect(visitCorrectsDeemedRefusal(none, requested + 75 * DAY)).toBe(false);
  });
});

describe(stepsWithdrawnBy.name, () => {
  it('withdraws the steps after the fact and keeps those on or before it (the day-60 breach of a day-75 visit)', () => {
    const steps = [45, 60, 90, 120, 180].map((d) => ({ day: d, occurredAt: requested + d * DAY }));
    expect(stepsWithdrawnBy(steps, requested + 75 * DAY).map((s) => s.day)).toEqual([90, 120, 180]);
    expect(stepsWithdrawnBy(steps, requested + 60 * DAY).map((s) => s.day)).toEqual([90, 120, 180]);
  });
});

describe(clockHoldDateRefusal.name, () => {
  const started = now - 50 * DAY;
  const clock = { startedAt: started, pausedAt: null, lastResumedAt: null, lastStepAt: started + 45 * DAY };

  it('accepts a pause dated after the last step that fired, and a resume after its pause', () => {
    expect(clockHoldDateRefusal('pause', iso(started + 46 * DAY), clock, now)).toBeNull();
    expect(clockHoldDateRefusal('resume', iso(started + 48 * DAY), { ...clock, pausedAt: started + 46 * DAY }, now)).toBeNull();
  });

  it('refuses a pause before a step that already fired, or before the clock started, naming the date', () => {
    expect(clockHoldDateRefusal('pause', iso(started + 40 * DAY), clock, now)).toEqual({
      status: 409,
      reason: `The pause dated ${iso(started + 40 * DAY).slice(0, 10)} cannot precede the ladder step that already fired on ${iso(started + 45 * DAY).slice(0, 10)}.`,
    });
    expect(clockHoldDateRefusal('pause', iso(started - DAY), { ...clock, lastStepAt: null }, now)?.reason).toMatch(/cannot precede the start of the clock/);
  });

  it('refuses a resume before its pause, and any date in the future with 400 naming the field', () => {
    expect(clockHoldDateRefusal('resume', iso(started + 10 * DAY), { ...clock, pausedAt: started + 46 * DAY }, now)?.status).toBe(409);
    expect(clockHoldDateRefusal('pause', iso(now + DAY), clock, now)).toMatchObject({ status: 400, field: 'at' });
  });
});

describe(decisionDateRefusal.name, () => {
  const asked = now - 20 * DAY;

  it('accepts a decision without a date, one dated between the request and now, and one on the instant of the request', () => {
    expect(decisionDateRefusal(undefined, asked, now)).toBeNull();
    expect(decisionDateRefusal(iso(now - 10 * DAY), asked, now)).toBeNull();
    expect(decisionDateRefusal(iso(asked), asked, now)).toBeNull();
  });

  it('refuses with 400 naming decidedAt a date in the future or one that is not a date', () => {
    expect(decisionDateRefusal(iso(now + DAY), asked, now)).toEqual({
      status: 400,
      field: 'decidedAt',
      reason: `decidedAt: ${iso(now + DAY)} is in the future; a decision is entered once it was taken.`,
    });
    expect(decisionDateRefusal('soon', asked, now)).toEqual({ status: 400, field: 'decidedAt', reason: 'decidedAt: soon is not a date.' });
  });

  it('refuses with 409 a decision dated before the request it decides, naming both dates', () => {
    expect(decisionDateRefusal(iso(asked - DAY), asked, now)).toEqual({
      status: 409,
      reason: `The decision dated ${iso(asked - DAY).slice(0, 10)} cannot precede the request it decides on ${iso(asked).slice(0, 10)}.`,
    });
  });
});
