import { DEFAULT_DEADLINE_RULES, type DeadlineLedger } from './deadline';
import { deadlineState } from './deadline-state';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
const requested = (changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at('2025-01-01'), pauses: [], extensions: [], ...changes });
const state = (ledger: DeadlineLedger, now: string, metAt?: string, rule = visit) =>
  deadlineState(rule, ledger, US_FEDERAL_CALENDAR, at(now), metAt === undefined ? undefined : at(metAt));

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
