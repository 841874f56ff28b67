// The one-year review of the MOU (docs/domain.md §7): the facts, the figures and the decision rule.
export * from './review-inputs';
export * from './review-budgets';
export * from './review-thresholds';
export * from './review-schedule';
export * from './review-metrics';
export * from './review-reason';
export * from './decision-rule';
// Per-request reading and wording, for reports that chart and tabulate what the rule counted.
export * from './request-outcome';
export * from './review-days';
export * from './review-wording';
