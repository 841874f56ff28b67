import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { CaseEventActivities } from './case-event.activities';
import { FacilityEventActivities } from './facility.activities';

/** Every activity the worker registers, bound to its dependencies. */
export function createActivities(dataSource: DataSource, temporal: Client) {
  const cases = new CaseEventActivities(dataSource);
  const facilities = new FacilityEventActivities(dataSource, temporal);
  return {
    appendCaseEvent: cases.appendCaseEvent,
    notifyFacility: facilities.notifyFacility,
    appendFacilityEvent: facilities.appendFacilityEvent,
    rescreenFacilityEntries: facilities.rescreenFacilityEntries,
  };
}
