import { patched, setHandler, uuid4 } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import { breachDraftsNote, diplomaticNoteFacts, draftDiplomaticNote, NOTE_EVENTS, noteApprovalRefusal, noteEditRefusal, noteSendRefusal } from '@mou/domain';
import { CaseContext, iso, refuse, SYSTEM, validateActor } from './case-context';
import { withDocuments } from './documents';
import * as msg from './messages';
import type { CaseDeadline, CaseNote, CaseState } from './types';

const MAX_NOTE_LENGTH = 20_000;

/**
 * At the breach of a PRC clock the case drafts the diplomatic note from its facts (docs/domain.md §5):
 * the request, its date, the SOC obligation and the days elapsed. Null when the clock's breach
 * drafts none, or on runs from before notes were drafted (their histories replay unchanged).
 */
export function draftNoteAtBreach(ctx: CaseContext, deadline: CaseDeadline, at: number): Promise<unknown> | null {
  const { state } = ctx;
  const rule = state.rules[deadline.kind];
  if (!breachDraftsNote(rule) || !patched('diplomatic-note-at-breach')) return null;
  const facts = diplomaticNoteFacts(rule, { deadlineKey: deadline.key, requestedAt: deadline.ledger.startedAt }, at, {
    facilityName: state.facilityName ?? `the facility registered as ${state.facilityId}`,
    caseReference: state.reference,
  });
  const note: CaseNote = { id: uuid4(), deadlineKey: deadline.key, status: 'DRAFT', editedBy: null };
  (state.notes ??= []).push(note);
  return ctx.record(
    NOTE_EVENTS.DRAFTED,
    SYSTEM,
    {
      noteId: note.id,
      deadlineKey: deadline.key,
      text: draftDiplomaticNote(facts),
      facts: { ...facts, requestedAt: iso(facts.requestedAt), breachAt: iso(facts.breachAt) },
    },
    at,
  );
}

/**
 * The notes drafted at a breach that a fact dated before it withdrew (docs/domain.md §5): a note not
 * yet sent is withdrawn with it, by an event naming why; a sent note stays what it was.
 */
export function withdrawNotesOf(ctx: CaseContext, actorId: string, deadlineKey: string, why: string): Promise<unknown>[] {
  const notes = (ctx.state.notes ?? []).filter((n) => n.deadlineKey === deadlineKey && n.status !== 'SENT' && n.status !== 'WITHDRAWN');
  if (!notes.length || !patched('note-withdrawn-with-its-breach')) return [];
  return notes.map((note) => {
    note.status = 'WITHDRAWN';
    return ctx.record(NOTE_EVENTS.WITHDRAWN, actorId, { noteId: note.id, deadlineKey, reason: `${why}: the breach it was drafted at was withdrawn.` });
  });
}

/** Supervisors edit the draft, a second supervisor approves it (four-eyes), and one marks it sent. */
export function registerDiplomaticNotes(ctx: CaseContext): void {
  const { state } = ctx;

  onNote<msg.EditNoteArgs>(
    ctx,
    msg.editDiplomaticNoteUpdate,
    (note, args) => {
      if (typeof args.text !== 'string' || !args.text.trim()) refuse('text: the note cannot be empty.', 'BadRequest', 'text');
      if (args.text.length > MAX_NOTE_LENGTH) refuse(`text: the note is longer than ${MAX_NOTE_LENGTH} characters.`, 'BadRequest', 'text');
      return noteEditRefusal(note);
    },
    (note, args) => {
      note.status = 'DRAFT';
      note.editedBy = args.actor.id;
      note.approvedAt = null;
      return ctx.record(NOTE_EVENTS.EDITED, args.actor.id, { noteId: note.id, deadlineKey: note.deadlineKey, text: args.text });
    },
  );

  onNote<msg.NoteArgs>(
    ctx,
    msg.approveDiplomaticNoteUpdate,
    (note, args) => noteApprovalRefusal(note, args.actor.id, state.assigneeId),
    (note, args) => {
      note.status = 'APPROVED';
      note.approvedAt = ctx.now();
      return ctx.record(NOTE_EVENTS.APPROVED, args.actor.id, { noteId: note.id, deadlineKey: note.deadlineKey });
    },
  );

  onNote<msg.SendNoteArgs>(
    ctx,
    msg.markDiplomaticNoteSentUpdate,
    (note, args) => {
      let sentAt = ctx.now();
      if (args.sentAt !== undefined) {
        sentAt = Date.parse(args.sentAt);
        if (Number.isNaN(sentAt)) refuse(`sentAt: ${args.sentAt} is not a date.`, 'BadRequest', 'sentAt');
        if (sentAt > ctx.now() + 60_000) refuse('sentAt: a note is marked sent once it was sent, not in the future.', 'BadRequest', 'sentAt');
      }
      return noteSendRefusal(note, sentAt);
    },
    (note, args) => {
      note.status = 'SENT';
      const at = args.sentAt === undefined ? ctx.now() : Math.min(Date.parse(args.sentAt), ctx.now());
      return withDocuments(ctx, args.documents, () =>
        ctx.record(NOTE_EVENTS.SENT, args.actor.id, { noteId: note.id, deadlineKey: note.deadlineKey, sentAt: iso(at) }, at),
      );
    },
  );
}

function onNote<A extends msg.NoteArgs>(
  ctx: CaseContext,
  def: UpdateDefinition<CaseState, [A]>,
  refusal: (note: CaseNote, args: A) => string | null,
  apply: (note: CaseNote, args: A) => Promise<unknown>,
): void {
  const noteOf = (id: string) => ctx.state.notes?.find((n) => n.id === id);
  setHandler(
    def,
    async (args: A) => {
      await apply(noteOf(args.noteId)!, args);
      return ctx.state;
    },
    {
      validator: (args: A) => {
        validateActor(args.actor);
        const note = noteOf(args.noteId);
        if (!note) refuse(`The case has no diplomatic note ${args.noteId}.`, 'NotFound');
        const reason = refusal(note, args);
        if (reason !== null) refuse(reason, reason.startsWith('Four-eyes') ? 'FourEyes' : 'IllegalTransition');
      },
    },
  );
}
