import { addCalendarDays } from '../calendar-arithmetic';
import type { Budget } from '../deadline';
import { parseIsoDate, toIsoDate } from '../iso-date';

/** 19 U.S.C. 1514(c)(3): a protest is filed within 180 days after, but not before, the decision. */
export const PROTEST_FILING_LIMIT: Readonly<Budget> = Object.freeze({ amount: 180, unit: 'calendar_days' });

/**
 * Why a protest filed at `protestAt` against the decision of `decisionAt` cannot be accepted, or
 * null when it is in time. Counted in UTC days, the decision day itself not counting, so a
 * protest on the 180th day after it is in time and on the 181st is not. The limit is a parameter
 * because limits are configuration; the statute's 180 days is the default.
 */
export function protestFilingProblem(decisionAt: number, protestAt: number, limitDays: number = PROTEST_FILING_LIMIT.amount): string | null {
  const decisionDay = toIsoDate(decisionAt);
  const protestDay = toIsoDate(protestAt);
  if (protestDay < decisionDay) return `A protest cannot be filed before the decision it protests (decision of ${decisionDay}).`;
  const lastDay = toIsoDate(addCalendarDays(parseIsoDate(decisionDay), limitDays));
  if (protestDay > lastDay) {
    return `The protest is too late: a protest must be filed within ${limitDays} days of the decision of ${decisionDay}, that is by ${lastDay} (19 U.S.C. 1514(c)(3)).`;
  }
  return null;
}
