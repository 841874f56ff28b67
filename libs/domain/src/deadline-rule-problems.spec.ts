import { DEFAULT_DEADLINE_RULES } from './deadline';
import { CASE_STEP_AUDIENCES, deadlineRuleProblems, ladderStepProblems } from './deadline-rule-problems';

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

describe(ladderStepProblems.name, () => {
  it('finds nothing wrong with who the default ladders tell and how often they remind', () => {
    for (const rule of Object.values(DEFAULT_DEADLINE_RULES)) expect(ladderStepProblems(rule)).toEqual([]);
    expect(ladderStepProblems(DEFAULT_DEADLINE_RULES.PRC_VISIT, CASE_STEP_AUDIENCES)).toEqual([]);
  });

  it('refuses a step that tells nobody or an importer on a case, a reminder interval that is not a positive number of hours, and a reminder that reminds', () => {
    const [reminder, breach, senior, wro, deemed] = DEFAULT_DEADLINE_RULES.PRC_VISIT.ladder;
    const rule = {
      ...DEFAULT_DEADLINE_RULES.PRC_VISIT,
      ladder: [
        { ...reminder, remindEveryHours: 12 },
        { ...breach, remindEveryHours: -1 },
        { ...senior, notify: [] },
        { ...wro, notify: ['importer' as const, 'supervisors' as const] },
        { ...deemed, remindEveryHours: 9000, notify: ['assignee' as const, 'assignee' as const] },
      ],
    };
    expect(ladderStepProblems(rule, CASE_STEP_AUDIENCES)).toEqual([
      { level: 1, field: 'remindEveryHours', message: 'Step 1 is itself a reminder and does not remind again; only a breach or a later step does.' },
      { level: 2, field: 'remindEveryHours', message: 'Reminders come every positive number of hours up to 8760 (a year), got -1.' },
      { level: 3, field: 'notify', message: 'Step 3 must tell someone: assignee, supervisors.' },
      { level: 4, field: 'notify', message: 'Step 4 cannot tell importer; it tells assignee, supervisors.' },
      { level: 5, field: 'notify', message: 'Step 5 names someone twice.' },
      { level: 5, field: 'remindEveryHours', message: 'Reminders come every positive number of hours up to 8760 (a year), got 9000.' },
    ]);
  });
});
