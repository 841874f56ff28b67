import { calendarDaysBetween } from './review-days';
import type { RequestFact } from './review-inputs';

/** Where one request stood on the review date, in whole calendar days. */
export interface RequestOutcome {
  kind: RequestFact['kind'];
  /** Visit held / report received by the review date. */
  fulfilled: boolean;
  /** Fulfilled within the budget (SOC 1994: 60 days from the request). */
  fulfilledOnTime: boolean;
  /** Days from the request to the visit / report; null while not fulfilled. */
  daysToFulfil: number | null;
  refused: boolean;
  /** Neither fulfilled nor explicitly refused by the review date. */
  open: boolean;
  /** Days from the request to the review date. */
  ageDays: number;
  /** Days the US waited for an answer: to the first answer, or to the review date while open. */
  waitDays: number;
  /**
   * Its outcome for the rates is known: it was answered, or its budget has run out. A request made
   * a week before the review date and not yet answered is neither a success nor a failure yet, and
   * is left out of the rates rather than counted against the PRC.
   */
  due: boolean;
}

/** The instant if it had happened by the review date; later facts are not known yet. */
const knownBy = (instant: number | null, asOf: number): number | null => (instant !== null && instant <= asOf ? instant : null);

export function requestOutcome(fact: RequestFact, asOf: number, budgetDays: number): RequestOutcome {
  const fulfilledAt = knownBy(fact.fulfilledAt, asOf);
  const refusedAt = knownBy(fact.refusedAt, asOf);
  const daysToFulfil = fulfilledAt === null ? null : calendarDaysBetween(fact.requestedAt, fulfilledAt);
  const ageDays = calendarDaysBetween(fact.requestedAt, asOf);
  const answers = [fulfilledAt, refusedAt].filter((at): at is number => at !== null);
  const open = answers.length === 0;
  return {
    kind: fact.kind,
    fulfilled: fulfilledAt !== null,
    fulfilledOnTime: daysToFulfil !== null && daysToFulfil <= budgetDays,
    daysToFulfil,
    refused: refusedAt !== null,
    open,
    ageDays,
    waitDays: open ? ageDays : calendarDaysBetween(fact.requestedAt, Math.min(...answers)),
    due: !open || ageDays > budgetDays,
  };
}
