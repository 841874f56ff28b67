import { DEFAULT_DEADLINE_RULES } from '../deadline';
import { DEFAULT_REVIEW_BUDGETS, reviewBudgetProblems } from './review-budgets';

describe('DEFAULT_REVIEW_BUDGETS', () => {
  it('measures against the same SOC 1994 clocks as the deadlines', () => {
    const calendarDays = (kind: keyof typeof DEFAULT_DEADLINE_RULES) => {
      const { budget } = DEFAULT_DEADLINE_RULES[kind];
      return budget.unit === 'calendar_days' ? budget.amount : null;
    };
    expect(DEFAULT_REVIEW_BUDGETS).toEqual({
      visitDays: calendarDays('PRC_VISIT'),
      investigationReportDays: calendarDays('PRC_INVESTIGATION_REPORT'),
      usReportDays: calendarDays('US_VISIT_REPORT'),
    });
  });
});

describe(reviewBudgetProblems.name, () => {
  it('refuses a budget that is not a whole number of days above 0', () => {
    expect(reviewBudgetProblems(DEFAULT_REVIEW_BUDGETS)).toEqual([]);
    expect(reviewBudgetProblems({ visitDays: 0, investigationReportDays: 60.5, usReportDays: 60 })).toEqual([
      'visitDays must be a whole number of days above 0, got 0.',
      'investigationReportDays must be a whole number of days above 0, got 60.5.',
    ]);
  });
});
