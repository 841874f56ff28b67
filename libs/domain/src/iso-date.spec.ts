import { parseIsoDate, toInstant, toIsoDate } from './iso-date';

describe(parseIsoDate.name, () => {
  it('reads a date as its UTC midnight and refuses impossible dates', () => {
    expect(parseIsoDate('2025-03-02')).toBe(Date.UTC(2025, 2, 2));
    expect(() => parseIsoDate('2025-02-30')).toThrow(RangeError);
    expect(() => parseIsoDate('2 March 2025')).toThrow(RangeError);
  });
});

describe(toInstant.name, () => {
  it('accepts epoch milliseconds, a date and an instant with an offset', () => {
    expect(toInstant(5)).toBe(5);
    expect(toIsoDate(toInstant('2025-01-01T22:00:00-05:00'))).toBe('2025-01-02');
    expect(() => toInstant('soon')).toThrow(RangeError);
  });
});
