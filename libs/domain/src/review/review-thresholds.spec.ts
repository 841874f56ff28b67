import { DEFAULT_REVIEW_THRESHOLDS, thresholdProblems } from './review-thresholds';

describe(thresholdProblems.name, () => {
  it('finds nothing wrong with the docs/domain.md §7 defaults', () => {
    expect(thresholdProblems(DEFAULT_REVIEW_THRESHOLDS)).toEqual([]);
  });

  it('refuses a rate outside 0..1 and a fractional count of requests or days', () => {
    expect(thresholdProblems({ ...DEFAULT_REVIEW_THRESHOLDS, revokeGrantRateBelow: 33, minimumRequests: 4.5, maintainMaxOpenDays: -1 })).toEqual([
      'revokeGrantRateBelow is a rate and must lie between 0 and 1, got 33.',
      'minimumRequests must be a whole number of 0 or more, got 4.5.',
      'maintainMaxOpenDays must be a whole number of 0 or more, got -1.',
    ]);
  });

  it('refuses a missing value', () => {
    const missing = { ...DEFAULT_REVIEW_THRESHOLDS, usComplianceRateAtLeast: undefined as unknown as number };
    expect(thresholdProblems(missing)).toEqual(['usComplianceRateAtLeast is a rate and must lie between 0 and 1, got undefined.']);
  });

  it('refuses thresholds that contradict each other or decide every review in advance', () => {
    expect(
      thresholdProblems({
        ...DEFAULT_REVIEW_THRESHOLDS,
        minimumRequests: 0,
        revokeOpenShare: 0,
        maintainGrantRateAtLeast: 0.3,
        maintainOnTimeRateAtLeast: 0.1,
        maintainMaxOpenDays: 200,
      }),
    ).toEqual([
      'minimumRequests must be at least 1: the rule cannot judge a programme without requests.',
      'revokeOpenShare must be above 0, or every review would end in REVOKE.',
      'maintainGrantRateAtLeast cannot be below revokeGrantRateBelow.',
      'maintainOnTimeRateAtLeast cannot be below revokeOnTimeRateBelow.',
      'maintainMaxOpenDays cannot exceed revokeOpenAfterDays.',
    ]);
  });
});
