/** Workflow ids are derived from domain ids so that a retried start finds the same execution. */
export const caseWorkflowId = (caseId: string): string => `case-${caseId}`;
export const facilityWorkflowId = (facilityId: string): string => `facility-${facilityId}`;
export const entryWorkflowId = (entryId: string): string => `entry-${entryId}`;
export const reviewWorkflowId = (periodStart: string): string => `mou-review-${periodStart}`;
export const chainWatchWorkflowId = (taskQueue: string): string => `chain-watch-${taskQueue}`;
