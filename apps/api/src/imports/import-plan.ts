import { CaseAction, decideMove, initialProgress, type CaseProgress } from '@mou/domain';
import type { ImportCaseDto, ImportFactDto } from './import.dto';

export type ImportPlan = { ok: true; facts: ImportFactDto[] } | { ok: false; reasons: string[] };

const at = (iso: string) => Date.parse(iso);

/** Fields a fact of one type carries and no other type may. */
function fieldReasons(fact: ImportFactDto, position: string): string[] {
  const reasons: string[] = [];
  const only = (field: keyof ImportFactDto, type: ImportFactDto['type']) => {
    if (fact[field] !== undefined && fact.type !== type) reasons.push(`${position}: ${String(field)} belongs to ${type} only`);
    if (fact[field] === undefined && fact.type === type) reasons.push(`${position}: ${type} needs ${String(field)}`);
  };
  only('scheduledFor', 'SCHEDULE_VISIT');
  only('fullAccess', 'RECORD_VISIT');
  only('outcome', 'CLOSE');
  return reasons;
}

/**
 * A historical case's facts in the order they happened, each checked against the case's legal
 * moves (the domain's `decideMove`, docs/domain.md §3) as if it had been entered on time, and
 * against the calendar: nothing before the case was opened, nothing in the future. Refused as a
 * whole when any fact is refused, so that nothing of the case is written.
 */
export function planImportedCase(input: ImportCaseDto, now: number): ImportPlan {
  const reasons: string[] = [];
  const opened = at(input.openedAt);
  if (opened > now) reasons.push(`openedAt ${input.openedAt} is in the future`);

  // Chronological, ties kept in file order: a request and its visit on one day stay in sequence.
  const facts = input.facts.map((fact, index) => ({ fact, index })).sort((a, b) => at(a.fact.at) - at(b.fact.at) || a.index - b.index);
  let progress: CaseProgress = initialProgress();
  for (const { fact, index } of facts) {
    const position = `facts[${index}] (${fact.type} at ${fact.at})`;
    reasons.push(...fieldReasons(fact, position));
    if (at(fact.at) > now) reasons.push(`${position}: is in the future`);
    if (at(fact.at) < opened) reasons.push(`${position}: is before the case was opened (${input.openedAt})`);
    if (fact.scheduledFor !== undefined && at(fact.scheduledFor) < at(fact.at)) reasons.push(`${position}: the visit is scheduled for a date before it was agreed`);
    const decision = decideMove(progress, fact.type as CaseAction, { outcome: fact.outcome });
    if (!decision.allowed) {
      reasons.push(`${position}: ${decision.reason}`);
      continue;
    }
    progress = decision.next;
  }
  return reasons.length ? { ok: false, reasons } : { ok: true, facts: facts.map((f) => f.fact) };
}
