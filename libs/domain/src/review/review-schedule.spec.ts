import { DEFAULT_REVIEW_SCHEDULE, reviewScheduleProblems } from './review-schedule';

describe(reviewScheduleProblems.name, () => {
  it('takes the quarterly default, a single mid-year summary and none at all', () => {
    expect(DEFAULT_REVIEW_SCHEDULE).toEqual({ interimSummaryMonths: [3, 6, 9], signOffReminderDays: 7 });
    expect(reviewScheduleProblems(DEFAULT_REVIEW_SCHEDULE)).toEqual([]);
    expect(reviewScheduleProblems({ interimSummaryMonths: [6], signOffReminderDays: 1 })).toEqual([]);
    expect(reviewScheduleProblems({ interimSummaryMonths: [], signOffReminderDays: 90 })).toEqual([]);
  });

  it('refuses months outside the year or out of order, and a sign-off reminder that is not 1 to 90 whole days', () => {
    expect(reviewScheduleProblems({ interimSummaryMonths: [0, 4.5, 12], signOffReminderDays: 91 })).toEqual([
      { field: 'interimSummaryMonths', message: 'interimSummaryMonths are whole months from 1 to 11, inside the year; got 0, 4.5, 12.' },
      { field: 'signOffReminderDays', message: 'signOffReminderDays must be a whole number of days from 1 to 90, got 91.' },
    ]);
    expect(reviewScheduleProblems({ interimSummaryMonths: [3, 3], signOffReminderDays: 0.5 })).toEqual([
      { field: 'interimSummaryMonths', message: 'interimSummaryMonths must be in ascending order, each month once.' },
      { field: 'signOffReminderDays', message: 'signOffReminderDays must be a whole number of days from 1 to 90, got 0.5.' },
    ]);
  });
});
