import { DEFAULT_DEADLINE_RULES, type DeadlineLedger } from './deadline';
import { dueReminderAt, nextPendingStep, nextReminderAt, scheduleSteps, stepDayFromStart, withEscalationReminderHours } from './escalation-ladder';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';
import { toIsoDate } from './iso-date';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
const requested = (changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at('2025-01-01'), pauses: [], extensions: [], ...changes });
const schedule = (ledger: DeadlineLedger, rule = visit) =>
  scheduleSteps(rule, ledger, US_FEDERAL_CALENDAR).map(({ step, at: instant }) => [step.type, instant === null ? null : toIsoDate(instant)]);

describe(scheduleSteps.name, () => {
  it('fires a visit requested on 1 January 2025 at day 45, 60, 90, 120 and 180, in order', () => {
    expect(schedule(requested())).toEqual([
      ['REMINDER', '2025-02-15'], // day 45
      ['BREACH', '2025-03-02'], // day 60
      ['SENIOR_ESCALATION', '2025-04-01'], // day 90
      ['PROVISIONAL_WRO', '2025-05-01'], // day 120
      ['DEEMED_REFUSAL', '2025-06-30'], // day 180
    ]);
  });

  it('moves every later step, and the due date, by a 10-day pause; earlier steps stay', () => {
    const pauses = [{ pausedAt: at('2025-02-20'), resumedAt: at('2025-03-02'), reason: 'PRC asked to postpone', by: 'sup-1' }];
    expect(schedule(requested({ pauses }))).toEqual([
      ['REMINDER', '2025-02-15'],
      ['BREACH', '2025-03-12'],
      ['SENIOR_ESCALATION', '2025-04-11'],
      ['PROVISIONAL_WRO', '2025-05-11'],
      ['DEEMED_REFUSAL', '2025-07-10'],
    ]);
  });

  it('moves only the steps after a pause that began once the deadline had passed', () => {
    const pauses = [{ pausedAt: at('2025-03-10'), resumedAt: at('2025-03-20'), reason: 'talks at the bilateral meeting', by: 'sup-1' }];
    expect(schedule(requested({ pauses }))).toEqual([
      ['REMINDER', '2025-02-15'],
      ['BREACH', '2025-03-02'],
      ['SENIOR_ESCALATION', '2025-04-11'],
      ['PROVISIONAL_WRO', '2025-05-11'],
      ['DEEMED_REFUSAL', '2025-07-10'],
    ]);
  });

  it('holds back, with a null instant, every step not yet reached when an open pause began', () => {
    const pauses = [{ pausedAt: at('2025-02-20'), reason: 'awaiting clarification', by: 'sup-1' }];
    expect(schedule(requested({ pauses }))).toEqual([
      ['REMINDER', '2025-02-15'],
      ['BREACH', null],
      ['SENIOR_ESCALATION', null],
      ['PROVISIONAL_WRO', null],
      ['DEEMED_REFUSAL', null],
    ]);
  });

  it('moves the whole ladder with an extension, since steps count from the due date', () => {
    const extensions = [{ amount: 30, unit: 'calendar_days' as const, reason: 'typhoon season', by: 'sup-1', at: at('2025-02-01') }];
    expect(schedule(requested({ extensions })).slice(0, 2)).toEqual([
      ['REMINDER', '2025-03-17'],
      ['BREACH', '2025-04-01'],
    ]);
  });

  it('reminds the importer 14 days before proof of admissibility is due', () => {
    const imported = { startedAt: at('2025-01-15'), pauses: [], extensions: [] };
    expect(schedule(imported, DEFAULT_DEADLINE_RULES.ENTRY_PROOF)).toEqual([
      ['REMINDER', '2025-04-01'],
      ['BREACH', '2025-04-15'],
    ]);
    expect(DEFAULT_DEADLINE_RULES.ENTRY_PROOF.ladder[0].notify).toEqual(['importer']);
  });
});

describe(nextPendingStep.name, () => {
  const rule = visit;
  const next = (ledger: DeadlineLedger, fired: number[]) => {
    const pending = nextPendingStep(rule, ledger, US_FEDERAL_CALENDAR, fired);
    return pending && [pending.step.level, toIsoDate(pending.at)];
  };

  it('walks the ladder one unfired step at a time', () => {
    expect(next(requested(), [])).toEqual([1, '2025-02-15']);
    expect(next(requested(), [1])).toEqual([2, '2025-03-02']);
    expect(next(requested(), [1, 2, 3])).toEqual([4, '2025-05-01']);
    expect(next(requested(), [1, 2, 3, 4, 5])).toBeNull();
  });

  it('returns nothing to wait for while paused, but still a step that was due before the pause', () => {
    const pauses = [{ pausedAt: at('2025-02-20'), reason: 'awaiting clarification', by: 'sup-1' }];
    expect(next(requested({ pauses }), [1])).toBeNull();
    expect(next(requested({ pauses }), [])).toEqual([1, '2025-02-15']);
  });

  it('marks the provisional WRO and the deemed refusal as needing a supervisor', () => {
    const steps = scheduleSteps(rule, requested(), US_FEDERAL_CALENDAR).filter(({ step }) => step.requiresApproval);
    expect(steps.map(({ step }) => step.type)).toEqual(['PROVISIONAL_WRO', 'DEEMED_REFUSAL']);
  });
});

describe(nextReminderAt.name, () => {
  const HOUR = 3_600_000;
  const breach = { ...visit.ladder.find((s) => s.type === 'BREACH')!, remindEveryHours: 24 };

  it('reminds one interval after the step fired, then one interval after each reminder', () => {
    expect(nextReminderAt(breach, 0, null)).toBe(24 * HOUR);
    expect(nextReminderAt(breach, 0, 24 * HOUR)).toBe(48 * HOUR);
  });

  it('does not remind of a step without an interval, or with one that is not positive', () => {
    expect(nextReminderAt({ ...breach, remindEveryHours: undefined }, 0, null)).toBeNull();
    expect(nextReminderAt({ ...breach, remindEveryHours: 0 }, 0, null)).toBeNull();
  });

  it('reminds of the breach and every later step of the default PRC ladders, not of the early reminder', () => {
    expect(visit.ladder.filter((s) => s.remindEveryHours === 24).map((s) => s.type)).toEqual(['BREACH', 'SENIOR_ESCALATION', 'PROVISIONAL_WRO', 'DEEMED_REFUSAL']);
    expect(DEFAULT_DEADLINE_RULES.US_VISIT_REPORT.ladder.filter((s) => s.remindEveryHours).map((s) => s.type)).toEqual(['BREACH']);
  });
});

describe(dueReminderAt.name, () => {
  const HOUR = 3_600_000;
  const breach = { ...visit.ladder.find((s) => s.type === 'BREACH')!, remindEveryHours: 24 };

  it('is due from its instant on, not before', () => {
    expect(dueReminderAt(breach, 0, null, 24 * HOUR - 1)).toBeNull();
    expect(dueReminderAt(breach, 0, null, 24 * HOUR)).toBe(24 * HOUR);
  });

  it('sends one reminder, at the latest missed instant, after several intervals without a worker', () => {
    expect(dueReminderAt(breach, 0, null, 75 * HOUR)).toBe(72 * HOUR);
  });
});

describe(withEscalationReminderHours.name, () => {
  it('sets the configured interval on every step that reminds, and leaves the others without one', () => {
    const rules = withEscalationReminderHours({ PRC_VISIT: visit }, 6);
    expect(rules.PRC_VISIT.ladder.map((s) => [s.type, s.remindEveryHours])).toEqual([
      ['REMINDER', undefined],
      ['BREACH', 6],
      ['SENIOR_ESCALATION', 6],
      ['PROVISIONAL_WRO', 6],
      ['DEEMED_REFUSAL', 6],
    ]);
    expect(visit.ladder[1].remindEveryHours).toBe(24);
  });
});

describe(stepDayFromStart.name, () => {
  it('puts the deemed refusal of the default visit ladder on day 180, and moves with the ladder', () => {
    const deemed = visit.ladder.find((s) => s.type === 'DEEMED_REFUSAL')!;
    expect(stepDayFromStart(visit, deemed)).toBe(180);
    expect(stepDayFromStart(visit, { ...deemed, offsetDaysFromDue: 60 })).toBe(120);
  });

  it('has no fixed day when the budget is not in calendar days', () => {
    const proof = DEFAULT_DEADLINE_RULES.ENTRY_PROOF;
    expect(stepDayFromStart(proof, proof.ladder[0])).toBeNull();
  });
});
