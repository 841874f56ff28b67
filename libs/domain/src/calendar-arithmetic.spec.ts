import { addBusinessDays, addCalendarDays, addMonths, daysBetween } from './calendar-arithmetic';
import { US_FEDERAL_CALENDAR } from './holiday-calendar';

const at = (iso: string) => Date.parse(iso);

describe(addCalendarDays.name, () => {
  it('counts every day: a request on 1 January 2025 + 60 days is 2 March', () => {
    expect(addCalendarDays(at('2025-01-01T00:00:00Z'), 60)).toBe(at('2025-03-02T00:00:00Z'));
  });
});

describe(addBusinessDays.name, () => {
  it('takes an entry presented on a Friday to the next Friday when no holiday intervenes', () => {
    expect(addBusinessDays(at('2025-03-07T14:30:00Z'), 5, US_FEDERAL_CALENDAR)).toBe(at('2025-03-14T14:30:00Z'));
  });

  it('skips Thanksgiving: presented Friday 21 November 2025, decision due Monday 1 December', () => {
    expect(addBusinessDays(at('2025-11-21T09:00:00Z'), 5, US_FEDERAL_CALENDAR)).toBe(at('2025-12-01T09:00:00Z'));
  });

  it('does not count the start day even when it is a weekend', () => {
    expect(addBusinessDays(at('2025-03-08T10:00:00Z'), 1, US_FEDERAL_CALENDAR)).toBe(at('2025-03-10T10:00:00Z'));
  });

  it('counts back for a negative number and refuses fractions', () => {
    expect(addBusinessDays(at('2025-12-01T09:00:00Z'), -5, US_FEDERAL_CALENDAR)).toBe(at('2025-11-21T09:00:00Z'));
    expect(() => addBusinessDays(0, 1.5, US_FEDERAL_CALENDAR)).toThrow(RangeError);
  });
});

describe(addMonths.name, () => {
  it('clamps 31 January + 1 month to the end of February, leap years included', () => {
    expect(addMonths(at('2025-01-31T08:00:00Z'), 1)).toBe(at('2025-02-28T08:00:00Z'));
    expect(addMonths(at('2024-01-31T08:00:00Z'), 1)).toBe(at('2024-02-29T08:00:00Z'));
  });

  it('keeps the day when it exists, across years and backwards', () => {
    expect(addMonths(at('2025-11-15T00:00:00Z'), 3)).toBe(at('2026-02-15T00:00:00Z'));
    expect(addMonths(at('2025-03-31T00:00:00Z'), -1)).toBe(at('2025-02-28T00:00:00Z'));
    expect(addMonths(at('2025-01-10T00:00:00Z'), 12)).toBe(at('2026-01-10T00:00:00Z'));
  });
});

describe(daysBetween.name, () => {
  it('gives fractional days, negative when the second instant is earlier', () => {
    expect(daysBetween(at('2025-01-01T00:00:00Z'), at('2025-01-11T12:00:00Z'))).toBe(10.5);
    expect(daysBetween(at('2025-01-11T00:00:00Z'), at('2025-01-01T00:00:00Z'))).toBe(-10);
  });
});
