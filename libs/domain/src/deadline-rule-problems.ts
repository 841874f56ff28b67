import type { DeadlineRule } from './deadline';

/**
 * What is wrong with a rule an administrator wants to save, as sentences; empty when it is usable.
 * Checked at the boundary so that the workflows never meet a rule they cannot compute.
 */
export function deadlineRuleProblems(rule: DeadlineRule): string[] {
  const problems: string[] = [];
  const { unit, amount } = rule.budget;
  if (!(amount > 0)) problems.push(`The budget must be a positive amount, got ${amount}.`);
  if (unit !== 'calendar_days' && !Number.isInteger(amount)) problems.push(`A budget in ${unit.replace('_', ' ')} must be a whole number, got ${amount}.`);
  if (!rule.legalBasis.trim()) problems.push('A deadline must name its legal basis; users are shown it with every due date.');
  const levels = rule.ladder.map((step) => step.level);
  if (new Set(levels).size !== levels.length) problems.push('Each escalation step needs its own level.');
  if (levels.some((level) => !Number.isInteger(level) || level < 1)) problems.push('Escalation levels are whole numbers from 1.');
  const byLevel = [...rule.ladder].sort((a, b) => a.level - b.level);
  if (byLevel.some((step, i) => i > 0 && step.offsetDaysFromDue < byLevel[i - 1].offsetDaysFromDue)) {
    problems.push('A higher escalation level cannot fall before a lower one.');
  }
  return problems;
}
