import { changeClosureDay, isBusinessDay, US_FEDERAL_CALENDAR, usFederalHolidays } from './holiday-calendar';

describe(usFederalHolidays.name, () => {
  // Published OPM federal holiday schedules (opm.gov, "Federal Holidays").
  it('matches the OPM schedule for 2024', () => {
    expect(usFederalHolidays(2024)).toEqual([
      '2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04',
      '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25',
    ]);
  });

  it('matches the OPM schedule for 2025', () => {
    expect(usFederalHolidays(2025)).toEqual([
      '2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04',
      '2025-09-01', '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25',
    ]);
  });

  it('matches the OPM schedule for 2026, with Independence Day observed on Friday 3 July', () => {
    expect(usFederalHolidays(2026)).toEqual([
      '2026-01-01', '2026-01-19', '2026-02-16', '2026-05-25', '2026-06-19', '2026-07-03',
      '2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26', '2026-12-25',
    ]);
  });

  it('observes Christmas 2022, a Sunday, on Monday 26 December', () => {
    expect(usFederalHolidays(2022)).toContain('2022-12-26');
    expect(usFederalHolidays(2022)).not.toContain('2022-12-25');
  });

  it('lists New Year 2022, a Saturday, as observed on Friday 31 December 2021', () => {
    expect(usFederalHolidays(2021)).toContain('2021-12-31');
    expect(usFederalHolidays(2022)).not.toContain('2022-01-01');
    expect(usFederalHolidays(2022)[0]).toBe('2022-01-17');
  });

  it('has no Juneteenth before the 2021 Act, and observes it on Friday 18 June 2021', () => {
    expect(usFederalHolidays(2020).some((date) => date.startsWith('2020-06'))).toBe(false);
    expect(usFederalHolidays(2021)).toContain('2021-06-18');
  });
});

describe('US_FEDERAL_CALENDAR', () => {
  it('is version 1 of us-federal and covers 1990 to 2050', () => {
    expect(US_FEDERAL_CALENDAR.id).toBe('us-federal');
    expect(US_FEDERAL_CALENDAR.version).toBe(1);
    expect(US_FEDERAL_CALENDAR.holidays[0]).toBe('1990-01-01');
    expect(US_FEDERAL_CALENDAR.holidays[US_FEDERAL_CALENDAR.holidays.length - 1]).toBe('2050-12-26');
    expect(new Set(US_FEDERAL_CALENDAR.holidays).size).toBe(US_FEDERAL_CALENDAR.holidays.length);
  });
});

describe(isBusinessDay.name, () => {
  it('is false on weekends and observed holidays, true on other days', () => {
    expect(isBusinessDay('2026-07-03', US_FEDERAL_CALENDAR)).toBe(false); // observed Independence Day
    expect(isBusinessDay('2026-07-04', US_FEDERAL_CALENDAR)).toBe(false); // Saturday
    expect(isBusinessDay('2026-07-06', US_FEDERAL_CALENDAR)).toBe(true);
    expect(isBusinessDay('2025-11-27', US_FEDERAL_CALENDAR)).toBe(false); // Thanksgiving
  });

  it('reads epoch milliseconds and ISO instants by their UTC day', () => {
    expect(isBusinessDay(Date.UTC(2025, 11, 25, 23, 59), US_FEDERAL_CALENDAR)).toBe(false);
    expect(isBusinessDay('2025-12-25T23:30:00-05:00', US_FEDERAL_CALENDAR)).toBe(true); // 26 Dec UTC
  });

  it('follows the calendar it is given, so an added closing day counts', () => {
    const withClosing = { id: 'us-federal', version: 2, holidays: [...US_FEDERAL_CALENDAR.holidays, '2025-01-09'] };
    expect(isBusinessDay('2025-01-09', US_FEDERAL_CALENDAR)).toBe(true);
    expect(isBusinessDay('2025-01-09', withClosing)).toBe(false);
  });
});

describe('changeClosureDay', () => {
  const v1 = { id: 'us-federal', version: 1, holidays: ['2026-01-01', '2026-12-25'] };
  it('closes a working day in a new version, keeping the old one as it was', () => {
    const next = changeClosureDay(v1, '2026-12-24', 'close');
    expect(next).toEqual({ calendar: { id: 'us-federal', version: 2, holidays: ['2026-01-01', '2026-12-24', '2026-12-25'] } });
    expect(v1.holidays).toEqual(['2026-01-01', '2026-12-25']);
  });
  it('reopens a closure day in a new version', () => {
    expect(changeClosureDay(v1, '2026-12-25', 'reopen')).toEqual({ calendar: { id: 'us-federal', version: 2, holidays: ['2026-01-01'] } });
  });
  it('refuses a weekend, a day already closed, a working day to reopen and a date that does not exist', () => {
    expect(changeClosureDay(v1, '2026-12-26', 'close')).toEqual({ refused: '2026-12-26 is a Saturday: offices are closed anyway.' });
    expect(changeClosureDay(v1, '2026-12-25', 'close')).toEqual({ refused: '2026-12-25 is already a closure day in version 1.' });
    expect(changeClosureDay(v1, '2026-12-24', 'reopen')).toEqual({ refused: '2026-12-24 is not a closure day in version 1.' });
    expect(changeClosureDay(v1, '2026-02-30', 'close')).toEqual({ refused: '2026-02-30 is not a real date.' });
  });
});
