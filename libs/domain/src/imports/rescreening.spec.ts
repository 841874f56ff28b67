import { compareGrounds } from './rescreening';
import type { ScreeningReason } from './screening';

const blocked: ScreeningReason = { code: 'BLOCKED_MANUFACTURER', text: 'The manufacturer is blocked.' };
const missing: ScreeningReason = { code: 'CERTIFICATION_MISSING', text: 'The supplier certificate of origin is missing.' };

describe(compareGrounds.name, () => {
  it('finds a new ground when the facility is blocked after filing', () => {
    expect(compareGrounds([missing], [blocked, missing])).toEqual({ added: [blocked], removed: [], grounds: [blocked, missing] });
  });

  it('finds a ground gone when the facility is unblocked, keeping the others', () => {
    expect(compareGrounds([blocked, missing], [missing])).toEqual({ added: [], removed: [blocked], grounds: [missing] });
  });

  it('sees no change when only the wording of a ground differs', () => {
    const reworded = { ...blocked, text: 'The manufacturer, Jinan Works, is blocked.' };
    expect(compareGrounds([blocked], [reworded])).toMatchObject({ added: [], removed: [] });
  });

  it('tells two orders apart by their reference', () => {
    const wro = (ref: string): ScreeningReason => ({ code: 'ENFORCEMENT_ORDER', ref, text: `Order ${ref}` });
    expect(compareGrounds([wro('WRO-2026-0001')], [wro('WRO-2026-0002')])).toEqual({
      added: [wro('WRO-2026-0002')],
      removed: [wro('WRO-2026-0001')],
      grounds: [wro('WRO-2026-0002')],
    });
  });
});
