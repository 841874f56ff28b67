import { calendarDaysBetween } from './review/review-days';
import type { DeadlineKind, DeadlineRule } from './deadline-rule';
import { toIsoDate } from './iso-date';

/**
 * The diplomatic note drafted at the breach of a PRC clock (docs/domain.md §5): drafted by the
 * system from the case's facts, edited by a supervisor, approved by a second supervisor who is not
 * the case's investigator (four-eyes), then marked sent. Each step is an event on the case.
 */
/** WITHDRAWN: a fact dated before the breach withdrew the breach it was drafted at, before it was sent. */
export type DiplomaticNoteStatus = 'DRAFT' | 'APPROVED' | 'SENT' | 'WITHDRAWN';

const WITHDRAWN = 'The note was withdrawn with the breach it was drafted at.';

/** The facts a note is drafted from: the request, its date, the obligation and the days elapsed. */
export interface DiplomaticNoteFacts {
  deadlineKey: string;
  kind: DeadlineKind;
  /** When the US made the request the PRC has not answered (epoch ms). */
  requestedAt: number;
  /** The breach: when the note was drafted (epoch ms). */
  breachAt: number;
  daysElapsed: number;
  /** The days the obligation allows, from the rule in force on the case. */
  budgetDays: number;
  legalBasis: string;
  facilityName: string;
  caseReference: string | null;
}

/** What the PRC undertook, for the two PRC clocks that lead to a note; null for any other clock. */
function obligation(kind: DeadlineKind): { undertook: string; missing: string; asked: string } | null {
  switch (kind) {
    case 'PRC_VISIT':
      return {
        undertook: 'to arrange a visit to a suspect facility that the other side requests',
        missing: 'no visit has been arranged',
        asked: 'arrange a visit by United States officials to',
      };
    case 'PRC_INVESTIGATION_REPORT':
      return {
        undertook: 'to investigate an allegation the other side raises and to report on it',
        missing: 'no report has been received',
        asked: 'investigate an allegation concerning, and report on,',
      };
    default:
      return null;
  }
}

/** Whether the breach of this clock drafts a note: a PRC clock whose obligation the note can name. */
export function breachDraftsNote(rule: DeadlineRule): boolean {
  return rule.owedBy === 'PRC' && obligation(rule.kind) !== null;
}

/** The facts of a note at the breach of `rule`'s clock, started at `requestedAt`. */
export function diplomaticNoteFacts(
  rule: DeadlineRule,
  clock: { deadlineKey: string; requestedAt: number },
  breachAt: number,
  names: { facilityName: string; caseReference: string | null },
): DiplomaticNoteFacts {
  return {
    deadlineKey: clock.deadlineKey,
    kind: rule.kind,
    requestedAt: clock.requestedAt,
    breachAt,
    daysElapsed: calendarDaysBetween(clock.requestedAt, breachAt),
    budgetDays: rule.budget.amount,
    legalBasis: rule.legalBasis,
    facilityName: names.facilityName,
    caseReference: names.caseReference,
  };
}

/** The draft's text: the request, its date, the SOC obligation and the days elapsed, in the form of a note verbale. */
export function draftDiplomaticNote(facts: DiplomaticNoteFacts): string {
  const o = obligation(facts.kind) ?? { undertook: 'to answer the request', missing: 'no answer has been received', asked: 'answer a request concerning' };
  const reference = facts.caseReference ? ` (United States reference ${facts.caseReference})` : '';
  return [
    'The Embassy of the United States of America presents its compliments to the Ministry of Foreign Affairs of the People\'s Republic of China ' +
      `and refers to the request of the United States dated ${toIsoDate(facts.requestedAt)}${reference} that the competent authorities ` +
      `${o.asked} ${facts.facilityName}.`,
    'Under the Memorandum of Understanding on Prohibiting Import and Export Trade in Prison Labor Products of 7 August 1992 and the ' +
      `${facts.legalBasis}, each side undertook ${o.undertook} within ${facts.budgetDays} days of the request. ` +
      `As of ${toIsoDate(facts.breachAt)}, ${facts.daysElapsed} days have elapsed since the request and ${o.missing}.`,
    'The Embassy requests that the Ministry see to it that the obligation is met without further delay, and avails itself of this ' +
      'opportunity to renew to the Ministry the assurances of its highest consideration.',
  ].join('\n\n');
}

/** A note as the case's events leave it. */
export interface DiplomaticNote {
  id: string;
  deadlineKey: string;
  status: DiplomaticNoteStatus;
  text: string;
  facts: Omit<DiplomaticNoteFacts, 'requestedAt' | 'breachAt'> & { requestedAt: string; breachAt: string };
  draftedAt: string;
  editedBy: string | null;
  editedAt: string | null;
  approvedBy: string | null;
  approvedAt: string | null;
  sentBy: string | null;
  sentAt: string | null;
}

/** Why `actorId` may not edit the note now; null when they may. */
export function noteEditRefusal(note: Pick<DiplomaticNote, 'status'>): string | null {
  if (note.status === 'WITHDRAWN') return WITHDRAWN;
  if (note.status === 'SENT') return 'The note was already sent; a sent note is not edited.';
  return null;
}

/**
 * Why `actorId` may not approve the note (four-eyes): the supervisor who last edited it and the
 * case's investigator may not; a note is approved once, and only as a draft.
 */
export function noteApprovalRefusal(note: Pick<DiplomaticNote, 'status' | 'editedBy'>, actorId: string, assigneeId: string): string | null {
  if (note.status === 'WITHDRAWN') return WITHDRAWN;
  if (note.status === 'APPROVED') return 'The note was already approved.';
  if (note.status === 'SENT') return 'The note was already sent.';
  if (actorId === assigneeId) return 'Four-eyes: the investigator of the case cannot approve its diplomatic note.';
  if (note.editedBy === actorId) return 'Four-eyes: the supervisor who edited the note cannot approve it; a second supervisor must.';
  return null;
}

/** Why the note may not be marked sent at `sentAt` (epoch ms); null when it may. It is sent once approved, never before. */
export function noteSendRefusal(note: { status: DiplomaticNoteStatus; approvedAt?: number | null }, sentAt: number): string | null {
  if (note.status === 'WITHDRAWN') return WITHDRAWN;
  if (note.status === 'DRAFT') return 'The note must be approved by a second supervisor before it is sent.';
  if (note.status === 'SENT') return 'The note was already sent.';
  if (note.approvedAt != null && sentAt < note.approvedAt) {
    return `The note cannot have been sent on ${new Date(sentAt).toISOString()}, before it was approved on ${new Date(note.approvedAt).toISOString()}.`;
  }
  return null;
}

/** One case event, as far as the notes read it. */
export interface NoteEvent {
  /** The event's place in the case's log: notes are read in the order their steps were taken. */
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}

export const NOTE_EVENTS = {
  DRAFTED: 'DIPLOMATIC_NOTE_DRAFTED',
  EDITED: 'DIPLOMATIC_NOTE_EDITED',
  APPROVED: 'DIPLOMATIC_NOTE_APPROVED',
  SENT: 'DIPLOMATIC_NOTE_SENT',
  WITHDRAWN: 'DIPLOMATIC_NOTE_WITHDRAWN',
} as const;

/**
 * The case's notes, folded from its events in the order they were recorded (the events are the
 * record; this is their reading). A note sent earlier than it was entered still follows its approval.
 */
export function diplomaticNotesFromEvents(events: readonly NoteEvent[]): DiplomaticNote[] {
  const notes = new Map<string, DiplomaticNote>();
  for (const e of [...events].sort((a, b) => a.sequence - b.sequence)) {
    const id = e.payload.noteId as string | undefined;
    if (!id) continue;
    if (e.type === NOTE_EVENTS.DRAFTED) {
      notes.set(id, {
        id,
        deadlineKey: e.payload.deadlineKey as string,
        status: 'DRAFT',
        text: e.payload.text as string,
        facts: e.payload.facts as DiplomaticNote['facts'],
        draftedAt: e.occurredAt,
        editedBy: null,
        editedAt: null,
        approvedBy: null,
        approvedAt: null,
        sentBy: null,
        sentAt: null,
      });
      continue;
    }
    const note = notes.get(id);
    if (!note) continue;
    if (e.type === NOTE_EVENTS.EDITED) {
      // An edit after approval takes the approval away: the second supervisor approved other words.
      Object.assign(note, { text: e.payload.text as string, editedBy: e.actorId, editedAt: e.occurredAt, status: 'DRAFT', approvedBy: null, approvedAt: null });
    } else if (e.type === NOTE_EVENTS.APPROVED) {
      Object.assign(note, { status: 'APPROVED', approvedBy: e.actorId, approvedAt: e.occurredAt });
    } else if (e.type === NOTE_EVENTS.WITHDRAWN) {
      note.status = 'WITHDRAWN';
    } else if (e.type === NOTE_EVENTS.SENT) {
      Object.assign(note, { status: 'SENT', sentBy: e.actorId, sentAt: (e.payload.sentAt as string | undefined) ?? e.occurredAt });
    }
  }
  return [...notes.values()];
}
