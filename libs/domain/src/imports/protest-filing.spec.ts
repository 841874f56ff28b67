import { protestFilingProblem } from './protest-filing';

const at = (iso: string) => Date.parse(iso);
const decidedAt = at('2026-01-10T11:00:00Z');

describe(protestFilingProblem.name, () => {
  it('accepts a protest on the day of the decision and on the 180th day after it', () => {
    expect(protestFilingProblem(decidedAt, at('2026-01-10T16:00:00Z'))).toBeNull();
    expect(protestFilingProblem(decidedAt, at('2026-07-09T23:59:00Z'))).toBeNull();
  });

  it('refuses a protest filed 181 days after the decision', () => {
    expect(protestFilingProblem(decidedAt, at('2026-07-10T08:00:00Z'))).toBe(
      'The protest is too late: a protest must be filed within 180 days of the decision of 2026-01-10, that is by 2026-07-09 (19 U.S.C. 1514(c)(3)).',
    );
  });

  it('refuses a protest filed before the decision', () => {
    expect(protestFilingProblem(decidedAt, at('2026-01-09T12:00:00Z'))).toBe(
      'A protest cannot be filed before the decision it protests (decision of 2026-01-10).',
    );
  });
});
