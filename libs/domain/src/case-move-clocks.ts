import type { CaseAction, MoveArgs } from './case-stage';
import type { DeadlineKind } from './deadline';

/**
 * How a clock ends: `fulfilled` when the awaited thing happened (met, or missed if late),
 * `refused` when the other side said no (always missed), `cancelled` when the case stopped
 * waiting for it (closed or withdrawn).
 */
export type ClockEnding = 'fulfilled' | 'refused' | 'cancelled';

/** The clocks a move stops, then the clocks it starts, each at the instant of the move. */
export interface MoveClocks {
  /** `EVERY_OPEN_CLOCK`: whatever the case still waits for. */
  closes: readonly { kind: DeadlineKind | 'EVERY_OPEN_CLOCK'; as: ClockEnding }[];
  opens: readonly DeadlineKind[];
}

const NONE: MoveClocks = { closes: [], opens: [] };
const CLOSE_ALL: MoveClocks = { closes: [{ kind: 'EVERY_OPEN_CLOCK', as: 'cancelled' }], opens: [] };

/**
 * Which move opens or closes which clock (docs/domain.md §3, §4). The SOC 1994 clocks: a request
 * starts the PRC's 60 days, the PRC's answer stops them; the visit starts the US's own 60 days for
 * its report; a refusal ends the visit clock as missed.
 */
const CLOCKS_BY_MOVE: Readonly<Record<CaseAction, MoveClocks>> = Object.freeze({
  REQUEST_INVESTIGATION: { closes: [], opens: ['PRC_INVESTIGATION_REPORT'] },
  REQUEST_VISIT: { closes: [], opens: ['PRC_VISIT'] },
  RECORD_PRC_REPORT: { closes: [{ kind: 'PRC_INVESTIGATION_REPORT', as: 'fulfilled' }], opens: [] },
  SCHEDULE_VISIT: NONE,
  RECORD_VISIT: { closes: [{ kind: 'PRC_VISIT', as: 'fulfilled' }], opens: ['US_VISIT_REPORT'] },
  ISSUE_US_REPORT: { closes: [{ kind: 'US_VISIT_REPORT', as: 'fulfilled' }], opens: [] },
  RECORD_ACCESS_DENIED: { closes: [{ kind: 'PRC_VISIT', as: 'refused' }], opens: [] },
  BEGIN_ENFORCEMENT_REVIEW: NONE,
  CLOSE: CLOSE_ALL,
  WITHDRAW: CLOSE_ALL,
  REOPEN: NONE,
  // 19 CFR 12.42(c): a conforming petition is transmitted to the Commissioner within 10 days; one
  // that does not conform is returned to the petitioner and starts no clock (see clocksOfMove).
  RECORD_PETITION: { closes: [], opens: ['PETITION_FORWARDING'] },
  FORWARD_PETITION: { closes: [{ kind: 'PETITION_FORWARDING', as: 'fulfilled' }], opens: [] },
  // SOC 1994 is reciprocal: when the PRC raises an allegation, the US owes its report within 60 days.
  RECORD_PRC_INVESTIGATION_REQUEST: { closes: [], opens: ['US_INVESTIGATION_REPORT'] },
  ISSUE_US_INVESTIGATION_REPORT: { closes: [{ kind: 'US_INVESTIGATION_REPORT', as: 'fulfilled' }], opens: [] },
});

export function clocksOfMove(action: CaseAction, args?: MoveArgs): MoveClocks {
  if (action === 'RECORD_PETITION' && args?.conforming !== true) return NONE;
  return CLOCKS_BY_MOVE[action];
}
