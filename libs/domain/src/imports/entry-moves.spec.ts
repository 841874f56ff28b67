import type { DeadlineLedger } from '../deadline';
import { US_FEDERAL_CALENDAR } from '../holiday-calendar';
import { entryMoveChoices, type EntryMoveFacts } from './entry-moves';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const cal = US_FEDERAL_CALENDAR;
const proofClock = (extensions: DeadlineLedger['extensions'] = []) => ({ kind: 'ENTRY_PROOF' as const, ledger: { startedAt: at('2026-01-15'), pauses: [], extensions } });
const detained: EntryMoveFacts = { status: 'DETAINED', proofFiled: false, openClock: proofClock(), excludedAt: null };

function choice(facts: EntryMoveFacts, move: string, when = at('2026-03-01')) {
  return entryMoveChoices(facts, when, cal).find((c) => c.move === move);
}

describe(entryMoveChoices.name, () => {
  it('offers a detained entry without proof: proof, export, release and the extension, but not exclusion', () => {
    const allowed = entryMoveChoices(detained, at('2026-03-01'), cal)
      .filter((c) => c.allowed)
      .map((c) => c.move);
    expect(allowed).toEqual(['FILE_PROOF', 'EXPORT', 'RELEASE', 'EXTEND_PROOF']);
    expect(choice(detained, 'EXCLUDE')).toEqual({ move: 'EXCLUDE', allowed: false, reason: 'The importer has not filed proof yet and the period for it is still running.' });
  });

  it('allows the proof extension once, then refuses it with the reason', () => {
    const once = { ...detained, openClock: proofClock([{ amount: 30, unit: 'calendar_days', reason: 'Audit in translation', by: 'sup-1', at: at('2026-02-01') }]) };
    expect(choice(detained, 'EXTEND_PROOF')).toEqual({ move: 'EXTEND_PROOF', allowed: true });
    expect(choice(once, 'EXTEND_PROOF')).toEqual({
      move: 'EXTEND_PROOF',
      allowed: false,
      reason: 'The deadline for proof was already extended once; it can be extended only once.',
    });
  });

  it('refuses the extension once the proof period ran out, and once proof met the clock', () => {
    expect(choice(detained, 'EXTEND_PROOF', at('2026-04-16'))).toEqual({
      move: 'EXTEND_PROOF',
      allowed: false,
      reason: 'The deadline for proof ran out on 2026-04-15; an extension cannot revive it.',
    });
    expect(choice({ ...detained, proofFiled: true, openClock: null }, 'EXTEND_PROOF')).toEqual({
      move: 'EXTEND_PROOF',
      allowed: false,
      reason: 'Only a running deadline for proof can be extended.',
    });
  });

  it('allows a protest of an exclusion within 180 days and refuses it on the 181st', () => {
    const excluded: EntryMoveFacts = { status: 'EXCLUDED', proofFiled: true, openClock: null, excludedAt: at('2026-03-01') };
    expect(choice(excluded, 'PROTEST', at('2026-08-28'))).toEqual({ move: 'PROTEST', allowed: true });
    expect(choice(excluded, 'PROTEST', at('2026-08-29'))).toMatchObject({ move: 'PROTEST', allowed: false, reason: expect.stringContaining('by 2026-08-28') });
  });

  it('refuses every move on a released entry with the status rule', () => {
    const released = entryMoveChoices({ status: 'RELEASED', proofFiled: false, openClock: null, excludedAt: null }, at('2026-03-01'), cal);
    expect(released.filter((c) => c.allowed)).toEqual([]);
    expect(released.find((c) => c.move === 'RELEASE')).toMatchObject({ reason: expect.stringContaining('The entry is closed: the goods were released.') });
  });
});
