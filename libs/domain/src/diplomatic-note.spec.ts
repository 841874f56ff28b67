import { DEFAULT_DEADLINE_RULES } from './deadline';
import { breachDraftsNote, diplomaticNoteFacts, diplomaticNotesFromEvents, draftDiplomaticNote, noteApprovalRefusal, noteSendRefusal } from './diplomatic-note';
import { daysOverdue, meetingForItem } from './bilateral-agenda';

const at = (iso: string) => Date.parse(iso);

describe(draftDiplomaticNote.name, () => {
  it('names the request, its date, the SOC obligation and the days elapsed', () => {
    const facts = diplomaticNoteFacts(DEFAULT_DEADLINE_RULES.PRC_VISIT, { deadlineKey: 'PRC_VISIT-1', requestedAt: at('2026-03-02T09:00:00Z') }, at('2026-05-01T09:00:00Z'), {
      facilityName: 'Hunan No. 2 Prison Factory',
      caseReference: 'MOU-2026-000007',
    });
    expect(facts.daysElapsed).toBe(60);
    const text = draftDiplomaticNote(facts);
    expect(text).toContain('the request of the United States dated 2026-03-02 (United States reference MOU-2026-000007)');
    expect(text).toContain('arrange a visit by United States officials to Hunan No. 2 Prison Factory');
    expect(text).toContain('1994 Statement of Cooperation, each side undertook to arrange a visit to a suspect facility that the other side requests within 60 days of the request');
    expect(text).toContain('As of 2026-05-01, 60 days have elapsed since the request and no visit has been arranged.');
  });

  it('is drafted at the breach of the PRC clocks only', () => {
    expect(breachDraftsNote(DEFAULT_DEADLINE_RULES.PRC_VISIT)).toBe(true);
    expect(breachDraftsNote(DEFAULT_DEADLINE_RULES.PRC_INVESTIGATION_REPORT)).toBe(true);
    expect(breachDraftsNote(DEFAULT_DEADLINE_RULES.US_VISIT_REPORT)).toBe(false);
    expect(breachDraftsNote(DEFAULT_DEADLINE_RULES.US_INVESTIGATION_REPORT)).toBe(false);
    expect(breachDraftsNote(DEFAULT_DEADLINE_RULES.PETITION_FORWARDING)).toBe(false);
  });
});

describe('four-eyes on the note', () => {
  it('refuses the editor and the investigator, and sending before approval', () => {
    expect(noteApprovalRefusal({ status: 'DRAFT', editedBy: 'sup-1' }, 'sup-1', 'inv-1')).toMatch(/^Four-eyes: the supervisor who edited/);
    expect(noteApprovalRefusal({ status: 'DRAFT', editedBy: 'sup-1' }, 'inv-1', 'inv-1')).toMatch(/^Four-eyes: the investigator/);
    expect(noteApprovalRefusal({ status: 'DRAFT', editedBy: 'sup-1' }, 'sup-2', 'inv-1')).toBeNull();
    expect(noteSendRefusal({ status: 'DRAFT' }, 0)).toBe('The note must be approved by a second supervisor before it is sent.');
    expect(noteSendRefusal({ status: 'APPROVED', approvedAt: at('2026-05-03T00:00:00Z') }, at('2026-05-02T00:00:00Z'))).toMatch(/before it was approved/);
    expect(noteSendRefusal({ status: 'APPROVED', approvedAt: at('2026-05-03T00:00:00Z') }, at('2026-05-04T00:00:00Z'))).toBeNull();
  });

  it('reads the events in the order recorded: an edit after approval takes the approval away', () => {
    const e = (sequence: number, type: string, actorId: string, payload: Record<string, unknown> = {}) => ({ sequence, type, actorId, occurredAt: `2026-05-0${sequence}T00:00:00.000Z`, payload: { noteId: 'n1', ...payload } });
    const notes = diplomaticNotesFromEvents([
      e(1, 'DIPLOMATIC_NOTE_DRAFTED', 'system', { deadlineKey: 'PRC_VISIT-1', text: 'draft', facts: {} }),
      e(2, 'DIPLOMATIC_NOTE_APPROVED', 'sup-2'),
      e(3, 'DIPLOMATIC_NOTE_EDITED', 'sup-1', { text: 'changed' }),
    ]);
    expect(notes[0]).toMatchObject({ status: 'DRAFT', text: 'changed', editedBy: 'sup-1', approvedBy: null });
  });
});

describe(meetingForItem.name, () => {
  const meetings = [
    { id: 'a', heldOn: '2026-06-10' },
    { id: 'b', heldOn: '2026-09-01' },
  ];
  it('raises an item at the first meeting not yet past on or after it reached the agenda; none set: the next meeting', () => {
    expect(meetingForItem(meetings, at('2026-05-01T00:00:00Z'), at('2026-05-02T00:00:00Z'))?.id).toBe('a');
    expect(meetingForItem(meetings, at('2026-05-01T00:00:00Z'), at('2026-06-11T00:00:00Z'))?.id).toBe('b');
    expect(meetingForItem(meetings, at('2026-09-02T00:00:00Z'), at('2026-09-02T00:00:00Z'))).toBeNull();
    expect(meetingForItem([], at('2026-05-01T00:00:00Z'), at('2026-05-01T00:00:00Z'))).toBeNull();
  });

  it('counts whole calendar days overdue', () => {
    expect(daysOverdue(at('2026-03-01T09:00:00Z'), at('2026-04-10T08:00:00Z'))).toBe(40);
    expect(daysOverdue(at('2026-03-01T09:00:00Z'), at('2026-02-10T08:00:00Z'))).toBe(0);
    expect(daysOverdue(null, at('2026-02-10T08:00:00Z'))).toBe(0);
  });
});
