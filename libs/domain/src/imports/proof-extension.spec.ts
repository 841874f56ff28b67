import { DEFAULT_DEADLINE_RULES, type DeadlineLedger } from '../deadline';
import { explainDeadline } from '../deadline-explanation';
import { US_FEDERAL_CALENDAR } from '../holiday-calendar';
import { lastDayToAct } from './last-day';
import { extendProofDeadline, PROOF_EXTENSION } from './proof-extension';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const cal = US_FEDERAL_CALENDAR;
const detained: DeadlineLedger = { startedAt: at('2026-01-15'), pauses: [], extensions: [] };
const grant = { reason: 'Factory audit report in translation', by: 'sup-1', at: at('2026-04-01') };

function extended(ledger: DeadlineLedger = detained): DeadlineLedger {
  const decision = extendProofDeadline(ledger, grant, cal);
  if (!decision.allowed) throw new Error(decision.reason);
  return decision.ledger;
}

describe(extendProofDeadline.name, () => {
  it('moves the deadline for proof on an entry imported 15 January 2026 from 15 April to 15 May', () => {
    expect(lastDayToAct(DEFAULT_DEADLINE_RULES.ENTRY_PROOF, detained, cal)).toBe('2026-04-15');
    expect(lastDayToAct(DEFAULT_DEADLINE_RULES.ENTRY_PROOF, extended(), cal)).toBe('2026-05-15');
    expect(PROOF_EXTENSION).toEqual({ amount: 30, unit: 'calendar_days' });
  });

  it('records the extension on the ledger so the due date explains itself', () => {
    expect(explainDeadline(DEFAULT_DEADLINE_RULES.ENTRY_PROOF, extended(), cal).text).toBe(
      'Due 2026-05-15: imported 2026-01-15 + 3 months (19 CFR 12.43), + 30 calendar days extended (Factory audit report in translation), on calendar us-federal v1.',
    );
  });

  it('grants the extension only once', () => {
    expect(extendProofDeadline(extended(), grant, cal)).toEqual({
      allowed: false,
      reason: 'The deadline for proof was already extended once; it can be extended only once.',
    });
  });

  it('needs a reason', () => {
    expect(extendProofDeadline(detained, { ...grant, reason: ' ' }, cal)).toEqual({
      allowed: false,
      reason: 'An extension of the deadline for proof needs a reason.',
    });
  });

  it('can be granted on the last day but not after the deadline ran out', () => {
    expect(extendProofDeadline(detained, { ...grant, at: at('2026-04-15') + 20 * 3_600_000 }, cal).allowed).toBe(true);
    expect(extendProofDeadline(detained, { ...grant, at: at('2026-04-16') }, cal)).toEqual({
      allowed: false,
      reason: 'The deadline for proof ran out on 2026-04-15; an extension cannot revive it.',
    });
  });

  it('uses the amount an administrator configured', () => {
    const decision = extendProofDeadline(detained, grant, cal, { extension: { amount: 14, unit: 'calendar_days' } });
    expect(decision.allowed && lastDayToAct(DEFAULT_DEADLINE_RULES.ENTRY_PROOF, decision.ledger, cal)).toBe('2026-04-29');
  });
});
