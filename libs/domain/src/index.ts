// Pure domain rules shared by the API, the workflows and the reports. Deterministic and free of
// I/O so that Temporal workflow code can import it (see libs/temporal/src/workflow-bundle.ts).
export * from './iso-date';
export * from './case-stage';
export * from './case-move';
export * from './case-outcomes';
export * from './case-move-clocks';
export * from './case-reassignment';
export * from './case-holders';
export * from './four-eyes';
export * from './approval-decision';
export * from './facility-status';
export * from './facility-unblock';
export * from './holiday-calendar';
export * from './calendar-arithmetic';
export * from './budget';
export * from './tolling';
export * from './deadline';
export * from './deadline-explanation';
export * from './escalation-ladder';
export * from './default-ladders';
export * from './deadline-state';
export * from './deadline-rule-problems';
export * from './imports';
export * from './review';
export * from './fact-dates';
export * from './enforcement-orders';
