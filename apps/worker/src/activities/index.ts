import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { CaseActivities, ChainWatchActivities, EnforcementOrderActivities, EntryActivities, FacilityActivities, ReviewActivities } from '@mou/workflows';
import { ChainWatchActivityImpl } from './chain-watch.activities';
import { CaseEventActivities } from './case-event.activities';
import { EnforcementOrderEventActivities } from './enforcement-order.activities';
import { EntryEventActivities } from './entry.activities';
import { FacilityEventActivities } from './facility.activities';
import { MouReviewActivities } from './review.activities';
import type { ReportFont } from '../review/render-pdf';

/** Every activity a workflow may schedule: a missing one fails the build, not a running review. */
type WorkerActivities = CaseActivities & FacilityActivities & EntryActivities & ReviewActivities & EnforcementOrderActivities & ChainWatchActivities;

/** Every activity the worker registers, bound to its dependencies. */
export function createActivities(dataSource: DataSource, temporal: Client, reportFont?: ReportFont): WorkerActivities {
  const cases = new CaseEventActivities(dataSource);
  const facilities = new FacilityEventActivities(dataSource, temporal);
  const entries = new EntryEventActivities(dataSource);
  const reviews = new MouReviewActivities(dataSource, reportFont);
  const orders = new EnforcementOrderEventActivities(dataSource, temporal);
  const chains = new ChainWatchActivityImpl(dataSource);
  return {
    appendCaseEvent: cases.appendCaseEvent,
    notifyFacility: facilities.notifyFacility,
    appendFacilityEvent: facilities.appendFacilityEvent,
    rescreenFacilityEntries: facilities.rescreenFacilityEntries,
    loadScreeningFacts: entries.loadScreeningFacts,
    appendEntryEvent: entries.appendEntryEvent,
    computeReviewMetrics: reviews.computeReviewMetrics,
    publishYearReview: reviews.publishYearReview,
    loadReviewInputs: reviews.loadReviewInputs,
    openReview: reviews.openReview,
    recordInterimSummary: reviews.recordInterimSummary,
    publishReviewReport: reviews.publishReviewReport,
    remindReviewSignOff: reviews.remindReviewSignOff,
    recordReviewSignOff: reviews.recordReviewSignOff,
    appendOrderEvent: orders.appendOrderEvent,
    rescreenOrderEntries: orders.rescreenOrderEntries,
    startEnforcementOrder: orders.startEnforcementOrder,
    reverifyChains: chains.reverifyChains,
    anchorChains: chains.anchorChains,
  };
}
