import { clocksOfMove } from './case-move-clocks';

describe(clocksOfMove.name, () => {
  it('starts the PRC report clock on an investigation request and stops it, fulfilled, on the report', () => {
    expect(clocksOfMove('REQUEST_INVESTIGATION')).toEqual({ closes: [], opens: ['PRC_INVESTIGATION_REPORT'] });
    expect(clocksOfMove('RECORD_PRC_REPORT')).toEqual({ closes: [{ kind: 'PRC_INVESTIGATION_REPORT', as: 'fulfilled' }], opens: [] });
  });

  it('starts the visit clock on a visit request', () => {
    expect(clocksOfMove('REQUEST_VISIT')).toEqual({ closes: [], opens: ['PRC_VISIT'] });
  });

  it('stops the visit clock and starts the US report clock when the visit is held', () => {
    expect(clocksOfMove('RECORD_VISIT')).toEqual({ closes: [{ kind: 'PRC_VISIT', as: 'fulfilled' }], opens: ['US_VISIT_REPORT'] });
    expect(clocksOfMove('ISSUE_US_REPORT')).toEqual({ closes: [{ kind: 'US_VISIT_REPORT', as: 'fulfilled' }], opens: [] });
  });

  it('ends the visit clock as refused when access is denied', () => {
    expect(clocksOfMove('RECORD_ACCESS_DENIED')).toEqual({ closes: [{ kind: 'PRC_VISIT', as: 'refused' }], opens: [] });
  });

  it('starts the 10-day forwarding clock on a conforming petition only, and stops it, fulfilled, when forwarded (19 CFR 12.42(c))', () => {
    expect(clocksOfMove('RECORD_PETITION', { conforming: true })).toEqual({ closes: [], opens: ['PETITION_FORWARDING'] });
    expect(clocksOfMove('RECORD_PETITION', { conforming: false })).toEqual({ closes: [], opens: [] });
    expect(clocksOfMove('FORWARD_PETITION')).toEqual({ closes: [{ kind: 'PETITION_FORWARDING', as: 'fulfilled' }], opens: [] });
  });

  it('starts the US 60 days when the PRC asks for an investigation, and stops them on the US report (SOC 1994, reciprocal)', () => {
    expect(clocksOfMove('RECORD_PRC_INVESTIGATION_REQUEST')).toEqual({ closes: [], opens: ['US_INVESTIGATION_REPORT'] });
    expect(clocksOfMove('ISSUE_US_INVESTIGATION_REPORT')).toEqual({ closes: [{ kind: 'US_INVESTIGATION_REPORT', as: 'fulfilled' }], opens: [] });
  });

  it('cancels every open clock on closing or withdrawing', () => {
    for (const action of ['CLOSE', 'WITHDRAW'] as const) {
      expect(clocksOfMove(action)).toEqual({ closes: [{ kind: 'EVERY_OPEN_CLOCK', as: 'cancelled' }], opens: [] });
    }
  });

  it('leaves the clocks alone when scheduling, reviewing or reopening', () => {
    for (const action of ['SCHEDULE_VISIT', 'BEGIN_ENFORCEMENT_REVIEW', 'REOPEN'] as const) {
      expect(clocksOfMove(action)).toEqual({ closes: [], opens: [] });
    }
  });
});
