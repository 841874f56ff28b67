import { dayDistribution } from './day-distribution';

describe(dayDistribution.name, () => {
  it('gives the middle value and the nearest-rank 90th percentile of an odd set', () => {
    expect(dayDistribution([200, 10, 40, 30, 20])).toEqual({ median: 30, p90: 200 });
  });

  it('averages the two middle values of an even set', () => {
    expect(dayDistribution([10, 20, 30, 40])).toEqual({ median: 25, p90: 40 });
  });

  it('takes the 9th of 10 values as the p90: nine visits in ten were held within it', () => {
    expect(dayDistribution([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])).toEqual({ median: 5.5, p90: 9 });
  });

  it('is null without any value', () => {
    expect(dayDistribution([])).toBeNull();
  });
});
