import { parseDeadlineRuleOverrides } from './deadline-rule-overrides';

describe(parseDeadlineRuleOverrides.name, () => {
  it('keeps the sourced defaults when nothing is configured', () => {
    expect(parseDeadlineRuleOverrides(undefined)).toEqual({});
  });

  it('merges a changed budget over the default rule, keeping its legal basis and ladder', () => {
    const rules = parseDeadlineRuleOverrides('{"PRC_VISIT":{"budget":{"amount":45}}}');
    expect(rules.PRC_VISIT?.budget).toEqual({ unit: 'calendar_days', amount: 45 });
    expect(rules.PRC_VISIT?.legalBasis).toMatch(/1994 Statement of Cooperation/);
    expect(rules.PRC_VISIT?.ladder.length).toBe(5);
  });

  it('names an unknown kind and an unusable budget', () => {
    expect(() => parseDeadlineRuleOverrides('{"PRC_VIST":{}}')).toThrow(/PRC_VIST is not a deadline kind/);
    expect(() => parseDeadlineRuleOverrides('{"ENTRY_DECISION":{"budget":{"amount":2.5}}}')).toThrow(/whole number/);
    expect(() => parseDeadlineRuleOverrides('not json')).toThrow(/not valid JSON/);
  });
});
