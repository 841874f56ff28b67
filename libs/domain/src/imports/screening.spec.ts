import type { EntryCertification } from './certification';
import { reasonsHeldOnlyFor, screenEntry, screeningOutcome, SCREENING_VERSION, type EnforcementOrderFact, type ScreeningInput, type ScreeningResult } from './screening';

const certification = (): EntryCertification => ({
  supplierCertificateOfOrigin: { issuer: 'Ningbo Export Trading Co.', number: 'CO-2026-0042', issuedOn: '2026-01-02' },
  dueDiligenceStatement: {
    manufacturerName: 'Zhejiang Metal Clips Works',
    statement: 'Supplier audited in November 2025; the clips were traced to the named factory.',
    signedBy: 'Jane Doe',
    signedOn: '2026-01-10',
  },
});

const entry = (changes: Partial<ScreeningInput> = {}, status: ScreeningInput['manufacturer']['status'] = 'NONE'): ScreeningInput => ({
  manufacturer: { facilityId: 'F-17', name: 'Zhejiang Metal Clips Works', status },
  productCategory: { code: 'METAL_CLIPS', highRisk: true },
  certification: certification(),
  importedAt: Date.parse('2026-01-15T00:00:00Z'),
  ...changes,
});

const codes = (result: ScreeningResult) => result.reasons.map((reason) => reason.code);

describe(screenEntry.name, () => {
  it('releases a certified entry from a manufacturer with nothing against it, recording the rules version', () => {
    expect(screenEntry(entry())).toEqual({ decision: 'RELEASE', reasons: [], screeningVersion: SCREENING_VERSION });
  });

  it('detains goods from a blocked manufacturer', () => {
    const result = screenEntry(entry({}, 'BLOCKED'));
    expect(result.decision).toBe('DETAIN');
    expect(result.reasons).toEqual([
      { code: 'BLOCKED_MANUFACTURER', text: 'The manufacturer, Zhejiang Metal Clips Works (facility F-17), is blocked: US inspectors were denied access to it.' },
    ]);
  });

  it('detains an entry filed without a supplier certificate of origin', () => {
    const result = screenEntry(entry({ certification: { ...certification(), supplierCertificateOfOrigin: null } }));
    expect(result.decision).toBe('DETAIN');
    expect(result.reasons).toEqual([{ code: 'CERTIFICATION_MISSING', text: 'The supplier certificate of origin is missing.' }]);
  });

  it('detains an entry whose due-diligence statement does not name the manufacturer', () => {
    const filed = certification();
    filed.dueDiligenceStatement = { ...filed.dueDiligenceStatement!, manufacturerName: '' };
    const result = screenEntry(entry({ certification: filed }));
    expect(result.decision).toBe('DETAIN');
    expect(result.reasons).toEqual([{ code: 'CERTIFICATION_INCOMPLETE', text: 'The due-diligence statement does not name the manufacturer.' }]);
  });

  it('detains a high-risk category from a facility under investigation', () => {
    const result = screenEntry(entry({}, 'UNDER_INVESTIGATION'));
    expect(result.decision).toBe('DETAIN');
    expect(result.reasons).toEqual([
      {
        code: 'HIGH_RISK_UNDER_INVESTIGATION',
        text: 'The goods are in high-risk category METAL_CLIPS and their manufacturer, Zhejiang Metal Clips Works (facility F-17), is under investigation.',
      },
    ]);
  });

  it('releases the same category from a cleared facility, and a low-risk one from a facility under investigation', () => {
    expect(screenEntry(entry({}, 'CLEARED')).decision).toBe('RELEASE');
    expect(screenEntry(entry({ productCategory: { code: 'TEA', highRisk: false } }, 'UNDER_INVESTIGATION')).decision).toBe('RELEASE');
  });

  it('detains goods of no known category only when their facility is under investigation', () => {
    expect(codes(screenEntry(entry({ productCategory: null }, 'UNDER_INVESTIGATION')))).toEqual(['UNKNOWN_CATEGORY']);
    expect(screenEntry(entry({ productCategory: null }, 'NONE')).decision).toBe('RELEASE');
  });

  it('detains goods from a facility that refused access before the block is confirmed, whatever the category', () => {
    const result = screenEntry(entry({ productCategory: { code: 'TEA', highRisk: false } }, 'ACCESS_DENIED'));
    expect(result.decision).toBe('DETAIN');
    expect(codes(result)).toEqual(['ACCESS_DENIED_MANUFACTURER']);
  });

  it('releases a certified entry from a manufacturer not in the register', () => {
    expect(screenEntry(entry({ manufacturer: { facilityId: null, name: 'Unregistered Works', status: 'UNKNOWN' } })).decision).toBe('RELEASE');
  });

  it('lists every reason at once, not only the first', () => {
    const result = screenEntry(
      entry({ certification: { supplierCertificateOfOrigin: null, dueDiligenceStatement: { ...certification().dueDiligenceStatement!, signedBy: '' } } }, 'BLOCKED'),
    );
    expect(result.decision).toBe('DETAIN');
    expect(codes(result)).toEqual(['BLOCKED_MANUFACTURER', 'CERTIFICATION_MISSING', 'CERTIFICATION_INCOMPLETE']);
    expect(result.reasons[2].text).toBe('The due-diligence statement is not signed.');
  });
});

describe('screening against orders and findings', () => {
  const wro: EnforcementOrderFact = { reference: 'WRO-2026-0003', kind: 'WRO', productCategories: ['METAL_CLIPS'], effectiveFrom: '2026-01-15' };

  it('detains goods a Withhold Release Order covers, naming the order and its legal basis', () => {
    const result = screenEntry(entry({ orders: [wro] }));
    expect(result.decision).toBe('DETAIN');
    expect(result.reasons).toEqual([
      {
        code: 'ENFORCEMENT_ORDER',
        ref: 'WRO-2026-0003',
        text: 'Withhold Release Order WRO-2026-0003 (19 CFR 12.42(e)) covers goods in METAL_CLIPS from Zhejiang Metal Clips Works (facility F-17) imported on or after 2026-01-15.',
      },
    ]);
  });

  it('detains every good of the facility under a finding that names no category', () => {
    const finding: EnforcementOrderFact = { reference: 'FND-2026-0001', kind: 'FINDING', productCategories: [], effectiveFrom: '2025-06-01' };
    const result = screenEntry(entry({ productCategory: { code: 'TEA', highRisk: false }, orders: [finding] }));
    expect(result.reasons).toEqual([
      {
        code: 'ENFORCEMENT_ORDER',
        ref: 'FND-2026-0001',
        text: 'Finding FND-2026-0001 (19 CFR 12.42(f)) covers all goods from Zhejiang Metal Clips Works (facility F-17) imported on or after 2025-06-01.',
      },
    ]);
  });

  it('lets through goods of another category, and goods imported the day before the order takes effect', () => {
    expect(screenEntry(entry({ productCategory: { code: 'TEA', highRisk: false }, orders: [wro] })).decision).toBe('RELEASE');
    expect(screenEntry(entry({ importedAt: Date.parse('2026-01-14T23:59:59Z'), orders: [wro] })).decision).toBe('RELEASE');
  });

  it('detains goods of no known category under an order on their manufacturer', () => {
    expect(codes(screenEntry(entry({ productCategory: null, orders: [wro] })))).toEqual(['ENFORCEMENT_ORDER']);
  });

  it('lists each order covering the goods, after the manufacturer and before the certification', () => {
    const second: EnforcementOrderFact = { ...wro, reference: 'FND-2026-0002', kind: 'FINDING' };
    const result = screenEntry(entry({ orders: [wro, second], certification: { ...certification(), supplierCertificateOfOrigin: null } }, 'BLOCKED'));
    expect(result.reasons.map((r) => [r.code, r.ref])).toEqual([
      ['BLOCKED_MANUFACTURER', undefined],
      ['ENFORCEMENT_ORDER', 'WRO-2026-0003'],
      ['ENFORCEMENT_ORDER', 'FND-2026-0002'],
      ['CERTIFICATION_MISSING', undefined],
    ]);
  });
});

describe('screening a declared name that comes close to a registered one', () => {
  const near = { facilityId: 'F-9', facilityName: 'Qingdao Garment Works', matchedName: 'Qingdao Garment Works', field: 'NAME' as const, how: 'NEAR' as const, edits: 2 };

  it('holds the entry for a supervisor, naming the registered name it came close to', () => {
    const result = screenEntry(entry({ manufacturer: { facilityId: null, name: 'Qingdao Garmant Work', status: 'UNKNOWN' }, nameMatch: near }));
    expect(result.reasons).toEqual([
      {
        code: 'NAME_NEAR_MATCH',
        text: 'The declared manufacturer, Qingdao Garmant Work, comes close to "Qingdao Garment Works" (registered name of registered facility Qingdao Garment Works) without matching it; held until a supervisor confirms or clears the match.',
      },
    ]);
  });

  it('holds nothing once a supervisor has decided, nor for a normalised match', () => {
    expect(screenEntry(entry({ nameMatch: { ...near, resolved: true } })).decision).toBe('RELEASE');
    expect(screenEntry(entry({ nameMatch: { ...near, how: 'NORMALISED', edits: 0 } })).decision).toBe('RELEASE');
  });
});

describe(reasonsHeldOnlyFor.name, () => {
  it('is true for an entry held only because its manufacturer is blocked, so unblocking releases it', () => {
    expect(reasonsHeldOnlyFor(screenEntry(entry({}, 'BLOCKED')), 'BLOCKED_MANUFACTURER')).toBe(true);
  });

  it('is false when another ground still holds the entry', () => {
    const result = screenEntry(entry({ certification: { ...certification(), dueDiligenceStatement: null } }, 'BLOCKED'));
    expect(reasonsHeldOnlyFor(result, 'BLOCKED_MANUFACTURER')).toBe(false);
  });

  it('is false for a released entry and for a different ground', () => {
    expect(reasonsHeldOnlyFor(screenEntry(entry()), 'BLOCKED_MANUFACTURER')).toBe(false);
    expect(reasonsHeldOnlyFor(screenEntry(entry({}, 'UNDER_INVESTIGATION')), 'BLOCKED_MANUFACTURER')).toBe(false);
  });

  it('is true when all of several reasons share the code', () => {
    const result = screenEntry(entry({ certification: { supplierCertificateOfOrigin: null, dueDiligenceStatement: null } }));
    expect(result.reasons).toHaveLength(2);
    expect(reasonsHeldOnlyFor(result, 'CERTIFICATION_MISSING')).toBe(true);
  });
});

describe(screeningOutcome.name, () => {
  const near = { code: 'NAME_NEAR_MATCH' as const, text: 'close to a registered name' };
  const blocked = { code: 'BLOCKED_MANUFACTURER' as const, text: 'blocked' };

  it('releases an entry on no ground, holds one on a near match alone for a decision, detains on any other ground', () => {
    expect(screeningOutcome([])).toBe('RELEASE');
    expect(screeningOutcome([near])).toBe('AWAIT_DECISION');
    expect(screeningOutcome([near, blocked])).toBe('DETAIN');
    expect(screeningOutcome([blocked])).toBe('DETAIN');
  });
});
