import { DataSource } from 'typeorm';
import { CaseEventActivities } from './case-event.activities';

/** Every activity the worker registers, bound to its dependencies. */
export function createActivities(dataSource: DataSource) {
  const cases = new CaseEventActivities(dataSource);
  return { appendCaseEvent: cases.appendCaseEvent };
}
