import { DEFAULT_DEADLINE_RULES, type DeadlineLedger } from './deadline';
import { atRiskFrom, clockState, daysLeft, deadlineState, type ClockFacts } from './deadline-state';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';

const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
const HOUR = 3_600_000;
const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
const requested = (changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at('2025-01-01'), pauses: [], extensions: [], ...changes });
const state = (ledger: DeadlineLedger, now: string, metAt?: string, rule = visit) =>
  deadlineState(rule, ledger, US_FEDERAL_CALENDAR, at(now), metAt === undefined ? undefined : at(metAt));

describe(clockState.name, () => {
  // Due 2 March 00:00, at risk from 15 February 00:00.
  const open: ClockFacts = { status: 'open', paused: false, dueAt: at('2025-03-02'), atRiskAt: at('2025-02-15') };

  it('runs on track → at risk → overdue, at risk from its at-risk instant and overdue only after the due instant', () => {
    expect(clockState(open, at('2025-02-15') - 1)).toBe('on_track');
    expect(clockState(open, at('2025-02-15'))).toBe('at_risk');
    expect(clockState(open, at('2025-03-02'))).toBe('at_risk');
    expect(clockState(open, at('2025-03-02') + 1)).toBe('overdue');
  });

  it('goes straight from on track to overdue when the clock has no at-risk instant', () => {
    const bare = { ...open, atRiskAt: null };
    expect(clockState(bare, at('2025-03-02'))).toBe('on_track');
    expect(clockState(bare, at('2025-03-02') + 1)).toBe('overdue');
  });

  it('goes straight from on track to overdue when the at-risk instant is the due instant, at risk only at that instant', () => {
    const late = { ...open, atRiskAt: at('2025-03-02') };
    expect(clockState(late, at('2025-03-02') - 1)).toBe('on_track');
    expect(clockState(late, at('2025-03-02') + 1)).toBe('overdue');
  });

  it('is paused while a pause runs, whatever the time', () => {
    expect(clockState({ ...open, paused: true, dueAt: null, atRiskAt: null }, at('2030-01-01'))).toBe('paused');
    expect(clockState({ ...open, paused: true }, at('2030-01-01'))).toBe('paused');
  });

  it('keeps a closed clock at its outcome: met, missed or cancelled, even paused or long past due', () => {
    expect(clockState({ ...open, status: 'met' }, at('2030-01-01'))).toBe('met');
    expect(clockState({ ...open, status: 'missed' }, at('2025-01-01'))).toBe('missed');
    expect(clockState({ ...open, status: 'cancelled', paused: true }, at('2030-01-01'))).toBe('cancelled');
  });
});

describe(daysLeft.name, () => {
  const due = at('2025-03-02');

  it('counts whole days left, rounded up, before the due instant', () => {
    expect(daysLeft(due, due - 10 * 86_400_000)).toBe(10);
    expect(daysLeft(due, due - 9 * 86_400_000 - HOUR)).toBe(10);
    expect(daysLeft(due, due - HOUR)).toBe(1);
  });

  it('is 0 at the due instant and through the first day late, then negative per full day late', () => {
    expect(daysLeft(due, due)).toBe(0);
    expect(daysLeft(due, due + HOUR)).toBe(0);
    expect(daysLeft(due, due + 86_400_000)).toBe(-1);
    expect(daysLeft(due, due + 3 * 86_400_000 + HOUR)).toBe(-3);
  });

  it('is null without a due instant', () => {
    expect(daysLeft(null, due)).toBeNull();
  });
});

describe(atRiskFrom.name, () => {
  it('is the first REMINDER step when the ladder has one (day 45 of a PRC visit)', () => {
    expect(atRiskFrom(visit, requested(), US_FEDERAL_CALENDAR)).toBe(at('2025-02-15'));
  });

  it('is the start of the last quarter without a REMINDER step: a protest filed 1 March, due 31 March, at risk from 23 March 12:00', () => {
    const protest = DEFAULT_DEADLINE_RULES.PROTEST_DECISION;
    expect(protest.ladder.some((step) => step.type === 'REMINDER')).toBe(false);
    expect(atRiskFrom(protest, { startedAt: at('2025-03-01'), pauses: [], extensions: [] }, US_FEDERAL_CALENDAR)).toBe(at('2025-03-23T12:00:00Z'));
  });

  it('gives an entry decision (no REMINDER step) an at-risk instant in its last quarter, moved by a pause', () => {
    const decision = DEFAULT_DEADLINE_RULES.ENTRY_DECISION;
    expect(decision.ladder.some((step) => step.type === 'REMINDER')).toBe(false);
    const ledger = { startedAt: at('2025-03-01'), pauses: [], extensions: [] };
    const plain = atRiskFrom(decision, ledger, US_FEDERAL_CALENDAR);
    const paused = atRiskFrom(decision, { ...ledger, pauses: [{ pausedAt: at('2025-03-02'), resumedAt: at('2025-03-04'), reason: 'r', by: 'sup-1' }] }, US_FEDERAL_CALENDAR);
    expect(paused - plain).toBe(2 * 86_400_000);
  });
});

describe(deadlineState.name, () => {
  it('is on track, then at risk from the reminder (day 45), then overdue after 2 March', () => {
    expect(state(requested(), '2025-02-14')).toBe('on_track');
    expect(state(requested(), '2025-02-15')).toBe('at_risk');
    expect(state(requested(), '2025-03-02')).toBe('at_risk');
    expect(state(requested(), '2025-03-03')).toBe('overdue');
  });

  it('is paused while a pause is open, even past the due date', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), reason: 'awaiting clarification', by: 'sup-1' }];
    expect(state(requested({ pauses }), '2025-04-01')).toBe('paused');
  });

  it('is met on or before the due date and missed after it', () => {
    expect(state(requested(), '2025-06-01', '2025-03-02')).toBe('met');
    expect(state(requested(), '2025-06-01', '2025-03-03')).toBe('missed');
  });

  it('judges an obligation met during a pause as if the pause ended then', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), reason: 'awaiting clarification', by: 'sup-1' }];
    expect(state(requested({ pauses }), '2025-06-01', '2025-04-01')).toBe('met');
  });

  it('counts the last quarter of the running time as at risk when the ladder has no reminder', () => {
    // Protest decided within 30 days (19 CFR 174.21(b)); filed 1 March, due 31 March, at risk from day 22.5.
    const filed = { startedAt: at('2025-03-01'), pauses: [], extensions: [] };
    const protest = DEFAULT_DEADLINE_RULES.PROTEST_DECISION;
    expect(state(filed, '2025-03-23', undefined, protest)).toBe('on_track');
    expect(state(filed, '2025-03-24', undefined, protest)).toBe('at_risk');
    expect(state(filed, '2025-04-01', undefined, protest)).toBe('overdue');
  });
});
