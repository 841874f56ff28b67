/**
 * When the one-year review speaks before its year ends, and how often it asks for sign-off after
 * (docs/domain.md §7): part of the rules as settings, fixed for the life of each review.
 */
export interface ReviewSchedule {
  /** Months into the programme year at whose end policy staff get an interim summary, ascending. */
  interimSummaryMonths: number[];
  /** Days between reminders to policy staff while the recommendation waits for their sign-off. */
  signOffReminderDays: number;
}

/** [Choice] A summary at the end of each quarter, a reminder each week until the recommendation is signed off. */
export const DEFAULT_REVIEW_SCHEDULE: Readonly<ReviewSchedule> = Object.freeze({
  interimSummaryMonths: Object.freeze([3, 6, 9]) as unknown as number[],
  signOffReminderDays: 7,
});

/** The year of a review, in months; interim summaries fall strictly inside it. */
export const REVIEW_YEAR_MONTHS = 12;

/** [Choice] The longest wait between sign-off reminders: a quarter. */
export const MAX_SIGN_OFF_REMINDER_DAYS = 90;

/**
 * What is wrong with a review schedule an administrator wants to save, field by field; empty when
 * usable. Interim summaries fall on whole months strictly inside the year (none at all is allowed),
 * each once, in order; sign-off reminders come every whole number of days from 1 to 90.
 */
export function reviewScheduleProblems(schedule: ReviewSchedule): { field: keyof ReviewSchedule; message: string }[] {
  const problems: { field: keyof ReviewSchedule; message: string }[] = [];
  const months = schedule.interimSummaryMonths as unknown;
  if (!Array.isArray(months)) {
    problems.push({ field: 'interimSummaryMonths', message: 'interimSummaryMonths must be a list of months, for example [3, 6, 9].' });
  } else {
    const bad = months.filter((m) => !Number.isInteger(m) || (m as number) < 1 || (m as number) >= REVIEW_YEAR_MONTHS);
    if (bad.length) {
      problems.push({ field: 'interimSummaryMonths', message: `interimSummaryMonths are whole months from 1 to ${REVIEW_YEAR_MONTHS - 1}, inside the year; got ${bad.map(String).join(', ')}.` });
    } else if (months.some((m, i) => i > 0 && (m as number) <= (months[i - 1] as number))) {
      problems.push({ field: 'interimSummaryMonths', message: 'interimSummaryMonths must be in ascending order, each month once.' });
    }
  }
  const days = schedule.signOffReminderDays as unknown;
  if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > MAX_SIGN_OFF_REMINDER_DAYS) {
    problems.push({ field: 'signOffReminderDays', message: `signOffReminderDays must be a whole number of days from 1 to ${MAX_SIGN_OFF_REMINDER_DAYS}, got ${String(days)}.` });
  }
  return problems;
}
