import type { ReviewCondition } from './review-reason';
import type { ReviewThresholds } from './review-thresholds';
import { formatRate } from './review-wording';

type Failing = Partial<Record<keyof ReviewThresholds, ReviewCondition>>;

const rateClause = (condition: ReviewCondition, what: string) =>
  `${what} ${formatRate(condition.figure ?? 0)} (at least ${condition.threshold} needed)`;

/**
 * The amendments a MODIFY proposes (docs/domain.md §7; the CAP proposal's "modify the MOU"), each
 * tied to the failed condition of rule 3 that points to it:
 * - visits refused or held late → unannounced visits, which the PRC cannot postpone or decline;
 * - investigation reports late → direct access to the facility's records;
 * - requests left unanswered past the ladder → automatic blocking once a deadline is breached.
 */
export function reviewAmendments(failed: readonly ReviewCondition[]): string[] {
  const by: Failing = Object.fromEntries(failed.map((condition) => [condition.rule, condition]));
  const amendments: string[] = [];
  const visitClauses = [
    by.maintainGrantRateAtLeast && rateClause(by.maintainGrantRateAtLeast, 'a visit grant rate of'),
    by.maintainOnTimeRateAtLeast && rateClause(by.maintainOnTimeRateAtLeast, 'a visit on-time rate of'),
  ].filter((clause): clause is string => Boolean(clause));
  if (visitClauses.length > 0) {
    amendments.push(`Unannounced visits: US officials may visit a suspect facility without arranging it first, because requested visits showed ${visitClauses.join(' and ')}.`);
  }
  if (by.maintainReportOnTimeRateAtLeast) {
    amendments.push(
      `Access to records: US officials may consult a facility's production and prison records directly, because PRC investigation reports showed ${rateClause(by.maintainReportOnTimeRateAtLeast, 'an on-time rate of')}.`,
    );
  }
  if (by.maintainMaxOpenDays) {
    const wait = by.maintainMaxOpenDays;
    amendments.push(
      `Automatic blocking on breach: a facility's goods are blocked as soon as a request on it passes its deadline unanswered, because requests waited up to ${wait.figure} days for an answer (at most ${wait.threshold} allowed).`,
    );
  }
  return amendments;
}
