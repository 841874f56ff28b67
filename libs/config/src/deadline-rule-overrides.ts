import { DEFAULT_DEADLINE_RULES, DeadlineKind, DeadlineRule, deadlineRuleProblems } from '@mou/domain';

/**
 * Administrator overrides of the clock rules (docs/domain.md: every Choice is a setting), given
 * as DEADLINE_RULES = JSON `{ "<kind>": { "budget"?, "ladder"?, "legalBasis"?, "title"? } }`,
 * merged over the sourced defaults. New cases keep the rules they started with.
 */
export function parseDeadlineRuleOverrides(json: string | undefined): Partial<Record<DeadlineKind, DeadlineRule>> {
  if (!json?.trim()) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('DEADLINE_RULES is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('DEADLINE_RULES must be a JSON object keyed by deadline kind');
  const rules: Partial<Record<DeadlineKind, DeadlineRule>> = {};
  const problems: string[] = [];
  for (const [kind, override] of Object.entries(raw as Record<string, Partial<DeadlineRule>>)) {
    const base = DEFAULT_DEADLINE_RULES[kind as DeadlineKind];
    if (!base) {
      problems.push(`${kind} is not a deadline kind (${Object.keys(DEFAULT_DEADLINE_RULES).join(', ')})`);
      continue;
    }
    const rule: DeadlineRule = { ...base, ...override, kind: base.kind, budget: { ...base.budget, ...(override.budget ?? {}) } };
    for (const problem of deadlineRuleProblems(rule)) problems.push(`${kind}: ${problem}`);
    rules[kind as DeadlineKind] = rule;
  }
  if (problems.length) throw new Error(`DEADLINE_RULES: ${problems.join(' ')}`);
  return rules;
}
