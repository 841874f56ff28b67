// Entry point of the workflow bundle: every workflow type the worker registers.
export { chainWatch } from './chain-watch/workflow';
export { facility } from './facility/workflow';
export { importEntry } from './import-entry/workflow';
export { inspectionCase } from './inspection-case/workflow';
export { mouReview } from './mou-review/workflow';
export { enforcementOrder } from './enforcement-order/workflow';
