import { planImportedCase } from '../../apps/api/src/imports/import-plan';
import type { ImportCaseDto } from '../../apps/api/src/imports/import.dto';
import { demoProgramme, demoProgrammeWanted } from './demo-programme';

describe('the demo programme', () => {
  it('is loaded only outside production, when on, and with demo users to act as', () => {
    expect(demoProgrammeWanted({ NODE_ENV: 'development', DEMO_PROGRAMME: true, SEED_DEMO_USERS: true })).toBe(true);
    expect(demoProgrammeWanted({ NODE_ENV: 'production', DEMO_PROGRAMME: true, SEED_DEMO_USERS: true })).toBe(false);
    expect(demoProgrammeWanted({ NODE_ENV: 'development', DEMO_PROGRAMME: false, SEED_DEMO_USERS: true })).toBe(false);
    expect(demoProgrammeWanted({ NODE_ENV: 'development', DEMO_PROGRAMME: true, SEED_DEMO_USERS: false })).toBe(false);
  });

  it('passes the checks of the import on any day, each case with its own reference', () => {
    for (const now of [Date.parse('2026-12-05T12:00:00Z'), Date.parse('2030-02-28T23:59:00Z')]) {
      const file = demoProgramme(now);
      const refused = file.cases.map((c) => planImportedCase(c as unknown as ImportCaseDto, now)).filter((p) => !p.ok);
      expect(refused).toEqual([]);
      expect(new Set(file.cases.map((c) => c.externalReference)).size).toBe(file.cases.length);
    }
  });
});
