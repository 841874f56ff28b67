import { DEFAULT_DEADLINE_RULES, type DeadlineKind, type DeadlineLedger } from './deadline';
import { explainDeadline } from './deadline-explanation';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const requested = (changes: Partial<DeadlineLedger> = {}): DeadlineLedger => ({ startedAt: at('2025-01-01'), pauses: [], extensions: [], ...changes });
const explain = (ledger: DeadlineLedger, kind: DeadlineKind = 'PRC_VISIT') => explainDeadline(DEFAULT_DEADLINE_RULES[kind], ledger, US_FEDERAL_CALENDAR);

describe(explainDeadline.name, () => {
  it('explains a plain 60-day clock', () => {
    expect(explain(requested()).text).toBe(
      'Due 2025-03-02: requested 2025-01-01 + 60 calendar days (1994 Statement of Cooperation), on calendar us-federal v1.',
    );
  });

  it('adds each pause that moved the due date, with its reason and length', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), resumedAt: at('2025-02-11'), reason: 'PRC asked to postpone', by: 'sup-1' }];
    const explanation = explain(requested({ pauses }));
    expect(explanation.text).toBe(
      'Due 2025-03-12: requested 2025-01-01 + 60 calendar days (1994 Statement of Cooperation), + 10 days paused (PRC asked to postpone), on calendar us-federal v1.',
    );
    expect(explanation.pauses).toEqual([{ ...pauses[0], durationDays: 10, movedDue: true }]);
  });

  it('lists extensions, and says when a pause came too late to move the date', () => {
    const extensions = [{ amount: 30, unit: 'calendar_days' as const, reason: 'typhoon season', by: 'sup-1', at: at('2025-02-20') }];
    const pauses = [{ pausedAt: at('2025-04-05'), resumedAt: at('2025-04-08'), reason: 'late', by: 'sup-1' }];
    expect(explain(requested({ extensions, pauses })).text).toBe(
      'Due 2025-04-01: requested 2025-01-01 + 60 calendar days (1994 Statement of Cooperation), + 30 calendar days extended (typhoon season), ' +
        'pause of 2025-04-05 (late) began after the due date and did not move it, on calendar us-federal v1.',
    );
  });

  it('says the clock is stopped while a pause is open', () => {
    const pauses = [{ pausedAt: at('2025-02-01'), reason: 'awaiting clarification', by: 'sup-1' }];
    const explanation = explain(requested({ pauses }));
    expect(explanation.dueAt).toBeNull();
    expect(explanation.pauses[0].durationDays).toBeNull();
    expect(explanation.text).toBe(
      'Paused since 2025-02-01 (awaiting clarification), so no due date until it resumes: requested 2025-01-01 + 60 calendar days (1994 Statement of Cooperation), on calendar us-federal v1.',
    );
  });

  it('shows the time of day for a business-day clock', () => {
    const presented = { startedAt: Date.parse('2025-11-21T09:00:00Z'), pauses: [], extensions: [] };
    expect(explain(presented, 'ENTRY_DECISION').text).toBe(
      'Due 2025-12-01 09:00 UTC: presented 2025-11-21 09:00 UTC + 5 business days (19 CFR 151.16(b)), on calendar us-federal v1.',
    );
  });

  it('names the legal basis and the calendar version in every explanation', () => {
    const calendarV2 = { ...US_FEDERAL_CALENDAR, version: 2 };
    for (const rule of Object.values(DEFAULT_DEADLINE_RULES)) {
      const explanation = explainDeadline(rule, requested(), calendarV2);
      expect(explanation.text).toContain(rule.legalBasis);
      expect(explanation.text).toContain('on calendar us-federal v2');
      expect(explanation).toMatchObject({ calendarId: 'us-federal', calendarVersion: 2, legalBasis: rule.legalBasis });
    }
  });
});
