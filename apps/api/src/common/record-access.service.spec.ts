import type { EventAnnouncement } from '@mou/persistence';
import type { AuthUser } from '../auth/auth.decorators';
import { RecordAccessService } from './record-access.service';

const user = (role: AuthUser['role'], id = `${role}-1`, organisationId: string | null = null) => ({ id, role, organisationId }) as AuthUser;
const event = (stream: EventAnnouncement['stream'], owner: Partial<EventAnnouncement> = {}): EventAnnouncement => ({
  stream,
  id: 'x',
  sequence: 1,
  type: 'T',
  occurredAt: '2026-01-01T00:00:00Z',
  ...owner,
});

describe(RecordAccessService.name, () => {
  const access = new RecordAccessService();

  it('narrows cases to their assignee for an investigator only', () => {
    expect(access.caseScope(user('investigator'))).toEqual({ assigneeId: 'investigator-1' });
    expect(access.caseScope(user('supervisor'))).toEqual({});
    expect(access.caseScope(user('importer'))).toEqual({});
  });

  it('narrows entries to the importer organisation for an importer only', () => {
    expect(access.entryScope(user('importer', 'importer-1', 'org-a'))).toEqual({ importerOrgId: 'org-a' });
    // An importer user without an organisation sees what it filed itself.
    expect(access.entryScope(user('importer'))).toEqual({ importerId: 'importer-1' });
    expect(access.entryScope(user('supervisor'))).toEqual({});
    expect(access.entryScope(user('investigator'))).toEqual({});
  });

  it('lets each role hear on the live stream only the records it may read', () => {
    const hears = (who: AuthUser) =>
      [
        event('case', { assigneeId: 'investigator-1' }),
        event('case', { assigneeId: 'investigator-2' }),
        event('entry', { importerId: 'importer-1' }),
        event('entry', { importerId: 'importer-2' }),
        event('facility'),
        event('review'),
      ].map((e) => access.mayHear(who, e));
    expect(hears(user('supervisor'))).toEqual([true, true, true, true, true, false]);
    expect(hears(user('investigator'))).toEqual([true, false, false, false, false, false]);
    expect(hears(user('importer'))).toEqual([false, false, true, false, false, false]);
    expect(hears(user('policy'))).toEqual([false, false, false, false, false, true]);
    expect(hears(user('admin'))).toEqual([false, false, false, false, true, false]);
  });

  it("tells nobody on the stream that someone's sessions ended", () => {
    for (const role of ['supervisor', 'investigator', 'importer', 'policy', 'admin'] as const) {
      expect(access.mayHear(user(role), event('session', { id: `${role}-1` }))).toBe(false);
    }
  });

  it('lets every user of an importer organisation hear its entries, and none of another', () => {
    const colleague = user('importer', 'importer-9', 'org-a');
    expect(access.mayHear(colleague, event('entry', { importerId: 'importer-1', importerOrgId: 'org-a' }))).toBe(true);
    expect(access.mayHear(colleague, event('entry', { importerId: 'importer-2', importerOrgId: 'org-b' }))).toBe(false);
  });
});
