import { US_FEDERAL_CALENDAR } from '@mou/domain';

const DAY = 86_400_000;
export const today = () => new Date().toISOString().slice(0, 10);

/** The next weekday after `day` that is no federal holiday, counted here by hand, not by the code under test. */
export function nextBusinessDay(day: string): string {
  let at = Date.parse(`${day}T00:00:00Z`);
  for (;;) {
    at += DAY;
    const iso = new Date(at).toISOString().slice(0, 10);
    if (![0, 6].includes(new Date(at).getUTCDay()) && !US_FEDERAL_CALENDAR.holidays.includes(iso)) return iso;
  }
}
