import type { DeadlineRule, EscalationStep } from './deadline-rule';

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

/** Who a ladder step can tell: on a case, its assignee and the supervisors; on an entry, also the importer. */
export const CASE_STEP_AUDIENCES: readonly EscalationStep['notify'][number][] = ['assignee', 'supervisors'];
export const ENTRY_STEP_AUDIENCES: readonly EscalationStep['notify'][number][] = ['assignee', 'supervisors', 'importer'];

/** [Choice] The longest reminder interval a step may have: a year; longer is no reminder at all. */
export const MAX_REMINDER_HOURS = 24 * 365;

/** A problem with one field of one ladder step. */
export interface StepProblem {
  level: number;
  field: 'notify' | 'remindEveryHours';
  message: string;
}

/**
 * What is wrong with who each step of the rule's ladder tells and how often it reminds
 * (docs/domain.md §5); empty when usable. A step tells at least one of `audiences`; a step that
 * reminds does so every positive number of hours up to a year, and only a breach or a later step
 * reminds (a REMINDER is itself the early warning).
 */
export function ladderStepProblems(rule: DeadlineRule, audiences: readonly string[] = ENTRY_STEP_AUDIENCES): StepProblem[] {
  const problems: StepProblem[] = [];
  for (const step of rule.ladder) {
    const problem = (field: StepProblem['field'], message: string) => problems.push({ level: step.level, field, message });
    const notify = step.notify as unknown;
    if (!Array.isArray(notify) || notify.length === 0) problem('notify', `Step ${step.level} must tell someone: ${audiences.join(', ')}.`);
    else {
      const unknown = notify.filter((who) => !audiences.includes(who as string));
      if (unknown.length) problem('notify', `Step ${step.level} cannot tell ${unknown.map(String).join(', ')}; it tells ${audiences.join(', ')}.`);
      if (new Set(notify).size !== notify.length) problem('notify', `Step ${step.level} names someone twice.`);
    }
    const hours = step.remindEveryHours as unknown;
    if (hours === undefined) continue;
    if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0 || hours > MAX_REMINDER_HOURS) {
      problem('remindEveryHours', `Reminders come every positive number of hours up to ${MAX_REMINDER_HOURS} (a year), got ${String(hours)}.`);
    } else if (step.type === 'REMINDER') {
      problem('remindEveryHours', `Step ${step.level} is itself a reminder and does not remind again; only a breach or a later step does.`);
    }
  }
  return problems;
}
