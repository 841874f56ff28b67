import { calendarDaysBetween } from './review-days';

const at = (iso: string) => Date.parse(iso);

describe(calendarDaysBetween.name, () => {
  it('counts calendar dates, not 24-hour spans: a visit late on day 60 is on day 60', () => {
    expect(calendarDaysBetween(at('2025-01-01T09:00:00Z'), at('2025-03-02T23:30:00Z'))).toBe(60);
    expect(calendarDaysBetween(at('2025-01-01T23:00:00Z'), at('2025-01-02T01:00:00Z'))).toBe(1);
  });

  it('counts every day, leap day included', () => {
    expect(calendarDaysBetween(at('2024-02-01T00:00:00Z'), at('2024-03-01T00:00:00Z'))).toBe(29);
  });
});
