import { addBusinessDays, addCalendarDays, addMonths } from './calendar-arithmetic';
import type { Budget } from './deadline-rule';
import type { HolidayCalendar } from './holiday-calendar';

/** The instant `budget` after `instantMs`, counted in the budget's own unit. */
export function applyBudget(instantMs: number, budget: Budget, calendar: HolidayCalendar): number {
  switch (budget.unit) {
    case 'calendar_days':
      return addCalendarDays(instantMs, budget.amount);
    case 'business_days':
      return addBusinessDays(instantMs, budget.amount, calendar);
    case 'months':
      return addMonths(instantMs, budget.amount);
  }
}

const UNIT_WORDS: Record<Budget['unit'], [singular: string, plural: string]> = {
  calendar_days: ['calendar day', 'calendar days'],
  business_days: ['business day', 'business days'],
  months: ['month', 'months'],
};

/** "60 calendar days", "1 month": how a budget reads in a sentence. */
export function describeBudget(budget: Budget): string {
  const [singular, plural] = UNIT_WORDS[budget.unit];
  return `${budget.amount} ${budget.amount === 1 ? singular : plural}`;
}
