import { DEFAULT_DEADLINE_RULES, dueAt, type DeadlineLedger } from './deadline';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';
import { toIsoDate } from './iso-date';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
const requested = (changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at('2025-01-01'), pauses: [], extensions: [], ...changes });
const due = (ledger: DeadlineLedger, rule = visit) => {
  const instant = dueAt(rule, ledger, US_FEDERAL_CALENDAR);
  return instant === null ? null : toIsoDate(instant);
};

describe(dueAt.name, () => {
  it('gives a visit requested on 1 January 2025 until 2 March (60 days, 1994 Statement of Cooperation)', () => {
    expect(due(requested())).toBe('2025-03-02');
  });

  it('moves the due date by a 10-day pause that began before it', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), resumedAt: at('2025-02-11'), reason: 'PRC asked to postpone', by: 'sup-1' }];
    expect(due(requested({ pauses }))).toBe('2025-03-12');
  });

  it('does not move the due date for a pause that began after it', () => {
    const pauses = [{ pausedAt: at('2025-03-05'), resumedAt: at('2025-03-20'), reason: 'late request for time', by: 'sup-1' }];
    expect(due(requested({ pauses }))).toBe('2025-03-02');
  });

  it('counts a pause that began after the original due date but before the date already moved by an earlier pause', () => {
    const pauses = [
      { pausedAt: at('2025-02-20'), resumedAt: at('2025-03-02'), reason: 'first', by: 'sup-1' }, // due → 12 March
      { pausedAt: at('2025-03-05'), resumedAt: at('2025-03-08'), reason: 'second', by: 'sup-1' }, // due → 15 March
    ];
    expect(due(requested({ pauses }))).toBe('2025-03-15');
  });

  it('does not toll overlapping pauses twice, nor time before the clock started', () => {
    const pauses = [
      { pausedAt: at('2025-02-01'), resumedAt: at('2025-02-11'), reason: 'a', by: 'sup-1' },
      { pausedAt: at('2025-02-05'), resumedAt: at('2025-02-11'), reason: 'b', by: 'sup-2' },
      { pausedAt: at('2024-12-20'), resumedAt: at('2025-01-01'), reason: 'before start', by: 'sup-1' },
    ];
    expect(due(requested({ pauses }))).toBe('2025-03-12');
  });

  it('has no due date while a pause is open', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), reason: 'awaiting clarification', by: 'sup-1' }];
    expect(due(requested({ pauses }))).toBeNull();
  });

  it('moves the due date by a 30-day extension', () => {
    const extensions = [{ amount: 30, unit: 'calendar_days' as const, reason: 'typhoon season', by: 'sup-1', at: at('2025-02-20') }];
    expect(due(requested({ extensions }))).toBe('2025-04-01');
  });

  it('applies extensions in order, each in its own unit', () => {
    const extensions = [
      { amount: 1, unit: 'months' as const, reason: 'one month', by: 'sup-1', at: at('2025-02-20') },
      { amount: 1, unit: 'business_days' as const, reason: 'one business day', by: 'sup-1', at: at('2025-03-20') },
    ];
    // 2 March + 1 month = 2 April (Wednesday), + 1 business day = 3 April.
    expect(due(requested({ extensions }))).toBe('2025-04-03');
  });

  it('computes entry clocks in business days and months', () => {
    const presented = { startedAt: Date.parse('2024-11-22T15:00:00Z'), pauses: [], extensions: [] };
    expect(new Date(dueAt(DEFAULT_DEADLINE_RULES.ENTRY_DECISION, presented, US_FEDERAL_CALENDAR)!).toISOString()).toBe('2024-12-02T15:00:00.000Z');
    const imported = { startedAt: at('2024-11-30'), pauses: [], extensions: [] };
    expect(due(imported, DEFAULT_DEADLINE_RULES.ENTRY_PROOF)).toBe('2025-02-28');
  });

  it('takes an administrator override instead of the default rule', () => {
    const ninetyDays = { ...visit, budget: { unit: 'calendar_days' as const, amount: 90 } };
    expect(due(requested(), ninetyDays)).toBe('2025-04-01');
  });
});

describe('DEFAULT_DEADLINE_RULES', () => {
  it('carries the sourced budget and legal basis of each clock', () => {
    const table = Object.values(DEFAULT_DEADLINE_RULES).map((rule) => [rule.kind, rule.owedBy, `${rule.budget.amount} ${rule.budget.unit}`, rule.legalBasis]);
    expect(table).toEqual([
      ['PRC_INVESTIGATION_REPORT', 'PRC', '60 calendar_days', '1994 Statement of Cooperation'],
      ['PRC_VISIT', 'PRC', '60 calendar_days', '1994 Statement of Cooperation'],
      ['US_VISIT_REPORT', 'US', '60 calendar_days', '1994 Statement of Cooperation'],
      // "Within 10 days", not business or working days: calendar days.
      ['PETITION_FORWARDING', 'CBP', '10 calendar_days', '19 CFR 12.42(c)'],
      ['US_INVESTIGATION_REPORT', 'US', '60 calendar_days', '1994 Statement of Cooperation (reciprocal)'],
      ['ENTRY_DECISION', 'CBP', '5 business_days', '19 CFR 151.16(b)'],
      ['ENTRY_PROOF', 'IMPORTER', '3 months', '19 CFR 12.43'],
      ['ENTRY_EXPORT_OR_PROTEST', 'IMPORTER', '60 calendar_days', '19 CFR 12.44(a)'],
      ['PROTEST_DECISION', 'CBP', '30 calendar_days', '19 CFR 174.21(b)'],
      ['PROGRAMME_REVIEW', 'US', '12 months', 'Center for American Progress proposal: one year'],
    ]);
  });

  it('stops the investigation-report ladder at senior escalation and gives the visit the full ladder', () => {
    expect(DEFAULT_DEADLINE_RULES.PRC_INVESTIGATION_REPORT.ladder.map((step) => step.type)).toEqual(['REMINDER', 'BREACH', 'SENIOR_ESCALATION']);
    expect(DEFAULT_DEADLINE_RULES.PRC_VISIT.ladder.map((step) => step.type)).toEqual(['REMINDER', 'BREACH', 'SENIOR_ESCALATION', 'PROVISIONAL_WRO', 'DEEMED_REFUSAL']);
  });

  it('cannot be changed in place; overrides are new objects', () => {
    expect(Object.isFrozen(DEFAULT_DEADLINE_RULES.PRC_VISIT)).toBe(true);
    expect(Object.isFrozen(DEFAULT_DEADLINE_RULES.PRC_VISIT.ladder[0])).toBe(true);
  });
});
