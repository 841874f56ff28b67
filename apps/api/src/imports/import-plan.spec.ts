import { planImportedCase } from './import-plan';
import type { ImportCaseDto } from './import.dto';

const NOW = Date.parse('2026-01-01T00:00:00Z');
const base = (facts: ImportCaseDto['facts'], openedAt = '1994-04-01T00:00:00Z'): ImportCaseDto => ({
  externalReference: 'R-1',
  investigator: 'investigator@example.gov',
  openedAt,
  facility: { name: 'Camp' },
  allegation: { summary: 's', source: 'src', productCategories: [] },
  facts,
});

describe('planImportedCase', () => {
  it('orders the facts by when they happened, whatever their order in the file', () => {
    const plan = planImportedCase(
      base([
        { type: 'RECORD_VISIT', at: '1994-06-15T00:00:00Z', fullAccess: false },
        { type: 'REQUEST_VISIT', at: '1994-04-01T00:00:00Z' },
      ]),
      NOW,
    );
    expect(plan).toEqual({ ok: true, facts: [expect.objectContaining({ type: 'REQUEST_VISIT' }), expect.objectContaining({ type: 'RECORD_VISIT' })] });
  });

  it('refuses the whole case for a visit with no request, naming the fact and the rule', () => {
    const plan = planImportedCase(base([{ type: 'RECORD_VISIT', at: '1994-06-15T00:00:00Z', fullAccess: true }]), NOW);
    expect(plan).toEqual({ ok: false, reasons: ['facts[0] (RECORD_VISIT at 1994-06-15T00:00:00Z): A visit cannot be recorded: no visit was requested on this case.'] });
  });

  it('refuses facts in the future, before the case was opened, and fields of another kind of fact', () => {
    const plan = planImportedCase(
      base([
        { type: 'REQUEST_VISIT', at: '1994-03-01T00:00:00Z', fullAccess: true },
        { type: 'SCHEDULE_VISIT', at: '2027-01-01T00:00:00Z', scheduledFor: '2026-12-01T00:00:00Z' },
      ]),
      NOW,
    );
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.reasons).toEqual([
      'facts[0] (REQUEST_VISIT at 1994-03-01T00:00:00Z): fullAccess belongs to RECORD_VISIT only',
      'facts[0] (REQUEST_VISIT at 1994-03-01T00:00:00Z): is before the case was opened (1994-04-01T00:00:00Z)',
      'facts[1] (SCHEDULE_VISIT at 2027-01-01T00:00:00Z): is in the future',
      'facts[1] (SCHEDULE_VISIT at 2027-01-01T00:00:00Z): the visit is scheduled for a date before it was agreed',
    ]);
  });

  it('refuses a close without an outcome and a FACILITY_BLOCKED close without a denial', () => {
    const missing = planImportedCase(base([{ type: 'CLOSE', at: '1994-05-01T00:00:00Z' }]), NOW);
    expect(!missing.ok && missing.reasons[0]).toMatch(/CLOSE needs outcome/);
    const blocked = planImportedCase(base([{ type: 'CLOSE', at: '1994-05-01T00:00:00Z', outcome: 'FACILITY_BLOCKED' }]), NOW);
    expect(!blocked.ok && blocked.reasons).toEqual(['facts[0] (CLOSE at 1994-05-01T00:00:00Z): The facility can be blocked only after access to it was denied on this case.']);
  });
});
