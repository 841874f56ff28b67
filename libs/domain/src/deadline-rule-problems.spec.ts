import { DEFAULT_DEADLINE_RULES } from './deadline';
import { deadlineRuleProblems } from './deadline-rule-problems';

describe(deadlineRuleProblems.name, () => {
  it('finds nothing wrong with the defaults', () => {
    for (const rule of Object.values(DEFAULT_DEADLINE_RULES)) expect(deadlineRuleProblems(rule)).toEqual([]);
  });

  it('refuses a fractional business-day budget, a missing legal basis and a ladder out of order', () => {
    const visit = DEFAULT_DEADLINE_RULES.PRC_VISIT;
    const broken = {
      ...DEFAULT_DEADLINE_RULES.ENTRY_DECISION,
      budget: { unit: 'business_days' as const, amount: 2.5 },
      legalBasis: ' ',
      ladder: [visit.ladder[1], { ...visit.ladder[0], level: 3 }],
    };
    expect(deadlineRuleProblems(broken)).toEqual([
      'A budget in business days must be a whole number, got 2.5.',
      'A deadline must name its legal basis; users are shown it with every due date.',
      'A higher escalation level cannot fall before a lower one.',
    ]);
  });
});
