import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  compareGrounds,
  decideEntryMove,
  DEFAULT_DEADLINE_RULES,
  entryClockExpiresAt,
  EntryMove,
  expiryMove,
  extendProofDeadline,
  protestFilingProblem,
  reasonsHeldOnlyFor,
  scheduleSteps,
  screenEntry,
  screeningOutcome,
  startEntryClock,
  HolidayCalendar,
  US_FEDERAL_CALENDAR,
} from '@mou/domain';
import { projectClock } from '../shared/clock-projection';
import * as msg from './messages';
import type { EntryActivities, EntryClock, EntryState, ImportEntryInput, ScreeningFacts } from './types';
import { serialQueue } from '../shared/serial';

const { loadScreeningFacts, appendEntryEvent } = proxyActivities<EntryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const SYSTEM = 'system';

/** Re-screen causes an entry remembers, so that a repeated signal changes nothing (the newest kept). */
const REMEMBERED_CAUSES = 200;

/** Runs that release a clean entry on screening rather than when its decision window closes (docs/domain.md §4, §6). */
const CLEAN_ENTRY_RELEASED_AT_ONCE = 'clean-entry-released-at-once';

/** Statuses in which re-screening can still detain or release the entry (docs/domain.md §6). */
const RESCREENABLE = ['PENDING_SCREENING', 'DETAINED'];

/**
 * One import entry under 19 CFR 12.42–12.44: screened at once, then held to the clock of its
 * status (decision, proof, export or protest, protest decision); every change is an event.
 * A clean entry is released at once; one whose declared manufacturer only nearly matches a
 * registered facility waits for a supervisor's decision within its 5-business-day decision
 * window, and is detained if the window closes undecided (docs/domain.md §4, §6).
 */
export async function importEntry(input: ImportEntryInput, carried?: EntryState): Promise<EntryState> {
  const state: EntryState = carried ?? {
    entryId: input.entryId,
    reference: null,
    importerId: input.importerId,
    facilityId: input.manufacturer.facilityId,
    status: 'PENDING_SCREENING',
    reasons: [],
    screeningVersion: null,
    clocks: [],
    proof: null,
    excludedAt: null,
    protestedAt: null,
    sequence: 0,
    nameMatch: input.manufacturer.match ? { ...input.manufacturer.match, resolution: null } : null,
  };
  let screened = state.sequence > 0;
  /** The calendar in force for this entry (docs/domain.md §4). */
  const calendar = (): HolidayCalendar => state.calendar ?? US_FEDERAL_CALENDAR;
  let generation = 0;
  const facts = () => ({
    presentedAt: Date.parse(input.presentedAt),
    importedAt: Date.parse(input.importedAt),
    excludedAt: state.excludedAt ?? undefined,
    protestedAt: state.protestedAt ?? undefined,
  });

  const serially = serialQueue();

  const openClock = () => state.clocks.find((c) => c.status === 'open');

  const record = async (type: string, actorId: string, payload: Record<string, unknown>, at = Date.now()) => {
    const appended = await appendEntryEvent({
      entryId: state.entryId,
      sequence: state.sequence + 1,
      type,
      actorId,
      occurredAt: new Date(at).toISOString(),
      payload,
      filing: state.sequence === 0 ? input : undefined,
      manufacturerFacilityId: state.facilityId,
      status: state.status,
      reasons: state.reasons,
      proof: state.proof,
      deadlines: state.clocks.map((c, i) => {
        const rule = DEFAULT_DEADLINE_RULES[c.kind];
        const projected = projectClock(rule, { ...c, key: `${c.kind}-${i + 1}` }, calendar());
        // These periods run to the end of their last day (the last millisecond before the
        // expiry instant): the board shows overdue only once that day is over.
        const expiresAt = entryClockExpiresAt(rule, c.ledger, calendar());
        return { ...projected, dueAt: expiresAt === null ? null : new Date(expiresAt - 1).toISOString() };
      }),
    });
    state.sequence = appended.sequence;
    state.reference = appended.reference;
    generation++;
  };

  /** Moves the entry through the domain's legal moves; closes the old clock and starts the new one. */
  const move = (entryMove: EntryMove, at: number, clockOutcome: 'met' | 'missed' = 'met') => {
    const decision = decideEntryMove(state.status, entryMove);
    if (!decision.allowed) throw ApplicationFailure.nonRetryable(decision.reason, 'IllegalTransition');
    if (decision.next === state.status) return;
    const current = openClock();
    if (current) {
      current.status = clockOutcome;
      current.metAt = clockOutcome === 'met' ? at : null;
    }
    state.status = decision.next;
    if (state.status === 'EXCLUDED') state.excludedAt = at;
    if (state.status === 'PROTESTED') state.protestedAt = at;
    const next = startEntryClock(state.status, facts());
    if (next) state.clocks.push({ ...next, firedLevels: [], status: 'open', metAt: null });
  };

  const check = (entryMove: EntryMove) => {
    const decision = decideEntryMove(state.status, entryMove);
    if (!decision.allowed) throw ApplicationFailure.nonRetryable(decision.reason, 'IllegalTransition');
  };

  const handle = <A extends msg.EntryActionArgs>(
    def: UpdateDefinition<EntryState, [A]>,
    validate: (args: A) => void,
    apply: (args: A, at: number) => Promise<void>,
  ) =>
    setHandler(
      def,
      (args: A) =>
        serially(async () => {
          validate(args);
          await apply(args, Date.now());
          return state;
        }),
      { validator: validate },
    );

  setHandler(msg.entryStateQuery, () => state);
  setHandler(msg.entryScreenedUpdate, async () => {
    await condition(() => screened);
    return state;
  });

  handle(
    msg.fileProofUpdate,
    (args) => {
      check('FILE_PROOF');
      if (!args.statement.trim()) throw ApplicationFailure.nonRetryable('Proof needs a statement.', 'BadRequest');
    },
    async (args, at) => {
      state.proof = { statement: args.statement, documents: args.documents, filedAt: at };
      const clock = openClock();
      // Proof filed within the period meets the importer's clock; CBP then decides (19 CFR 12.43).
      if (clock?.kind === 'ENTRY_PROOF') {
        clock.status = 'met';
        clock.metAt = at;
      }
      await record('PROOF_FILED', args.actor.id, { statement: args.statement, documents: args.documents }, at);
    },
  );

  handle(msg.exportGoodsUpdate, () => check('EXPORT'), async (args, at) => {
    move('EXPORT', at);
    await record('GOODS_EXPORTED', args.actor.id, { note: args.note ?? null }, at);
  });

  handle(
    msg.fileProtestUpdate,
    (args) => {
      check('PROTEST');
      const problem = state.excludedAt === null ? null : protestFilingProblem(state.excludedAt, Date.now());
      if (problem) throw ApplicationFailure.nonRetryable(problem, 'IllegalTransition');
      if (!args.grounds.trim()) throw ApplicationFailure.nonRetryable('A protest needs its grounds.', 'BadRequest');
    },
    async (args, at) => {
      move('PROTEST', at);
      await record('PROTEST_FILED', args.actor.id, { grounds: args.grounds }, at);
    },
  );

  handle(msg.releaseEntryUpdate, () => check('RELEASE'), async (args, at) => {
    move('RELEASE', at);
    await record('ENTRY_RELEASED', args.actor.id, { reason: args.reason, by: 'supervisor' }, at);
  });

  handle(
    msg.excludeEntryUpdate,
    () => {
      check('EXCLUDE');
      // The importer has until the end of the proof period to prove admissibility.
      if (!state.proof) throw ApplicationFailure.nonRetryable('The importer has not filed proof yet and the period for it is still running.', 'IllegalTransition');
    },
    async (args, at) => {
      move('EXCLUDE', at);
      await record('ENTRY_EXCLUDED', args.actor.id, { reason: args.reason, by: 'supervisor' }, at);
    },
  );

  const proofExtension = (args: msg.DecisionArgs) => {
    const clock = openClock();
    if (!clock || clock.kind !== 'ENTRY_PROOF') throw ApplicationFailure.nonRetryable('Only a running deadline for proof can be extended.', 'IllegalTransition');
    const decision = extendProofDeadline(clock.ledger, { reason: args.reason, by: args.actor.id, at: Date.now() }, calendar());
    if (!decision.allowed) throw ApplicationFailure.nonRetryable(decision.reason, 'IllegalTransition');
    return { clock, ledger: decision.ledger };
  };
  handle(msg.extendProofUpdate, (args) => void proofExtension(args), async (args, at) => {
    const { clock, ledger } = proofExtension(args);
    clock.ledger = ledger;
    await record('PROOF_DEADLINE_EXTENDED', args.actor.id, { reason: args.reason, days: 30 }, at);
  });

  handle(msg.decideProtestUpdate, (args) => check(args.grant ? 'GRANT_PROTEST' : 'DENY_PROTEST'), async (args, at) => {
    move(args.grant ? 'GRANT_PROTEST' : 'DENY_PROTEST', at);
    await record(args.grant ? 'PROTEST_GRANTED' : 'PROTEST_DENIED', args.actor.id, { reason: args.reason }, at);
  });

  // A new calendar version re-projects the open clock: the event says which versions and which due
  // dates, and the loop below re-arms the timer on the new due instant (docs/domain.md §4).
  const checkCalendar = (args: msg.CalendarChangedArgs) => {
    const next = args.calendar;
    if (!next || typeof next.id !== 'string' || !Number.isInteger(next.version) || !Array.isArray(next.holidays)) {
      throw ApplicationFailure.nonRetryable('A calendar change needs the calendar: id, version and holidays.', 'BadRequest');
    }
    if (next.id !== calendar().id) throw ApplicationFailure.nonRetryable(`This entry counts on calendar ${calendar().id}, not ${next.id}.`, 'BadRequest');
  };
  setHandler(
    msg.calendarChangedUpdate,
    (args) =>
      serially(async () => {
        checkCalendar(args);
        const before = calendar();
        // A version already applied (or older) changes nothing: a repeated message is harmless.
        if (args.calendar.version <= before.version) return state;
        const clock = openClock();
        const dueBefore = clock ? entryClockExpiresAt(DEFAULT_DEADLINE_RULES[clock.kind], clock.ledger, before) : null;
        state.calendar = { id: args.calendar.id, version: args.calendar.version, holidays: [...args.calendar.holidays] };
        const dueAfter = clock ? entryClockExpiresAt(DEFAULT_DEADLINE_RULES[clock.kind], clock.ledger, calendar()) : null;
        if (clock && dueBefore !== dueAfter) {
          const lastDay = (at: number | null) => (at === null ? null : new Date(at - 1).toISOString());
          await record('DEADLINE_REPROJECTED', args.actor.id, {
            kind: clock.kind,
            calendar: { id: before.id, from: before.version, to: args.calendar.version },
            dueAt: { from: lastDay(dueBefore), to: lastDay(dueAfter) },
          });
        }
        return state;
      }),
    { validator: checkCalendar },
  );

  /** The entry's screening on the facts as they are now (docs/domain.md §6). */
  const screenOn = (screening: ScreeningFacts) =>
    screenEntry({
      manufacturer: { facilityId: state.facilityId, name: input.manufacturer.name, status: screening.manufacturerStatus },
      productCategory: screening.category,
      certification: input.certification,
      importedAt: Date.parse(input.importedAt),
      orders: screening.orders ?? [],
      nameMatch: state.nameMatch ? { ...state.nameMatch, resolved: state.nameMatch.resolution !== null } : null,
    });

  const loadFacts = () => loadScreeningFacts({ facilityId: state.facilityId, productCategory: input.productCategory });

  /**
   * Screens the entry again on fresh facts and takes the difference with the grounds it holds: a
   * new ground detains it (where that is legal), an entry left with none is released. Returns the
   * change, or null when there is none or the entry cannot be detained now.
   */
  const rescreenOnFreshFacts = async (at: number) => {
    const result = screenOn(await loadFacts());
    const { added, removed, grounds } = compareGrounds(state.reasons, result.reasons);
    if (added.length === 0 && removed.length === 0) return null;
    if (added.length > 0 && !decideEntryMove(state.status, 'RESCREEN_DETAIN').allowed) return null;
    state.reasons = grounds;
    state.screeningVersion = result.screeningVersion;
    const outcome = screeningOutcome(grounds);
    if (added.length > 0 && outcome === 'DETAIN') move('RESCREEN_DETAIN', at);
    else if (outcome === 'RELEASE' && state.status === 'PENDING_SCREENING') move('SCREEN_RELEASE', at);
    else if (outcome === 'RELEASE' && decideEntryMove(state.status, 'RESCREEN_RELEASE').allowed) move('RESCREEN_RELEASE', at);
    return { outcome: state.status, added, removed, screeningVersion: result.screeningVersion };
  };

  // Re-screening when the manufacturer's status changes, as runs from before the re-screen signal
  // were told (kept so that they replay).
  const rescreens: { status: string; reason: string }[] = [];
  setHandler(msg.facilityStatusChangedSignal, (change) => {
    rescreens.push(change);
  });

  const rescreen = async (change: { status: string; reason: string }) => {
    const at = Date.now();
    if (change.status === 'BLOCKED') {
      if (state.reasons.some((r) => r.code === 'BLOCKED_MANUFACTURER')) return;
      if (!decideEntryMove(state.status, 'RESCREEN_DETAIN').allowed) return;
      state.reasons = [...state.reasons, { code: 'BLOCKED_MANUFACTURER', text: `The manufacturer was blocked: ${change.reason}` }];
      move('RESCREEN_DETAIN', at);
      await record('ENTRY_RESCREENED', SYSTEM, { outcome: state.status, added: 'BLOCKED_MANUFACTURER', reason: change.reason }, at);
    } else if (state.reasons.some((r) => r.code === 'BLOCKED_MANUFACTURER')) {
      const heldOnlyForBlock = reasonsHeldOnlyFor({ decision: 'DETAIN', reasons: state.reasons, screeningVersion: state.screeningVersion ?? '' }, 'BLOCKED_MANUFACTURER');
      state.reasons = state.reasons.filter((r) => r.code !== 'BLOCKED_MANUFACTURER');
      if (heldOnlyForBlock && decideEntryMove(state.status, 'RESCREEN_RELEASE').allowed) move('RESCREEN_RELEASE', at);
      await record('ENTRY_RESCREENED', SYSTEM, { outcome: state.status, removed: 'BLOCKED_MANUFACTURER', reason: change.reason }, at);
    }
  };

  // Re-screening for a named cause: a facility's new status, an order issued, changed or revoked
  // (docs/domain.md §6). The entry screens itself on fresh facts and compares with the grounds it
  // holds: a new ground detains it, an entry left with none is released. One event per change,
  // naming its cause; a cause already applied changes nothing.
  const causes: msg.RescreenCause[] = [];
  setHandler(msg.rescreenEntrySignal, (cause) => {
    causes.push(cause);
  });

  const rescreenFor = async (cause: msg.RescreenCause) => {
    const applied = state.rescreenCauses ?? [];
    if (applied.includes(cause.ref)) return;
    state.rescreenCauses = [...applied, cause.ref].slice(-REMEMBERED_CAUSES);
    if (!RESCREENABLE.includes(state.status)) return;
    const at = Date.now();
    const change = await rescreenOnFreshFacts(at);
    if (!change) return;
    await record('ENTRY_RESCREENED', SYSTEM, { ...change, cause: { kind: cause.kind, ref: cause.ref, text: cause.text } }, at);
  };

  // A supervisor's look at a near match of the declared name (docs/domain.md §6): confirming the
  // facility screens the entry as that facility; clearing the match lifts that ground alone.
  const checkNameMatch = (args: msg.NameMatchDecisionArgs) => {
    if (!state.nameMatch || state.nameMatch.how !== 'NEAR') throw ApplicationFailure.nonRetryable("The manufacturer's name matched no registered facility only nearly: there is nothing to confirm or clear.", 'IllegalTransition');
    if (state.nameMatch.resolution) throw ApplicationFailure.nonRetryable(`The near match was already ${state.nameMatch.resolution.decision.toLowerCase()}.`, 'IllegalTransition');
    if (!RESCREENABLE.includes(state.status)) throw ApplicationFailure.nonRetryable(`A near match can only be decided while the entry is held or awaiting screening; it is ${state.status}.`, 'IllegalTransition');
    if (!args.reason?.trim()) throw ApplicationFailure.nonRetryable('A decision on a near match needs its reason.', 'BadRequest');
  };
  handle(msg.decideNameMatchUpdate, checkNameMatch, async (args, at) => {
    const match = state.nameMatch!;
    const decision = args.confirm ? 'CONFIRMED' : 'CLEARED';
    state.nameMatch = { ...match, resolution: { decision, by: args.actor.id, at, reason: args.reason } };
    if (args.confirm) state.facilityId = match.facilityId;
    const change = (await rescreenOnFreshFacts(at)) ?? { outcome: state.status, added: [], removed: [], screeningVersion: state.screeningVersion };
    await record(
      args.confirm ? 'NAME_MATCH_CONFIRMED' : 'NAME_MATCH_CLEARED',
      args.actor.id,
      { facilityId: match.facilityId, facilityName: match.facilityName, matchedName: match.matchedName, field: match.field, reason: args.reason, ...change },
      at,
    );
  });

  /** What happens when the running clock's period is over (its expiry move), or its reminder. */
  const onClock = async (clock: EntryClock, now: number) => {
    const rule = DEFAULT_DEADLINE_RULES[clock.kind];
    for (const scheduled of scheduleSteps(rule, clock.ledger, calendar())) {
      if (scheduled.step.type === 'BREACH' || scheduled.at === null || scheduled.at > now || clock.firedLevels.includes(scheduled.step.level)) continue;
      clock.firedLevels.push(scheduled.step.level);
      await record('DEADLINE_REMINDER', SYSTEM, { kind: clock.kind, level: scheduled.step.level, step: scheduled.step.type, notify: scheduled.step.notify }, scheduled.at);
    }
    const expiresAt = entryClockExpiresAt(rule, clock.ledger, calendar());
    if (expiresAt === null || expiresAt > now || clock.status !== 'open') return;
    if (clock.kind === 'ENTRY_DECISION') {
      if (state.reasons.length > 0) {
        // The window closed with a near match still undecided: the goods are detained, not let go.
        move('SCREEN_DETAIN', expiresAt, 'missed');
        await record('ENTRY_DETAINED', SYSTEM, { reason: 'The decision window closed with the grounds below undecided', reasons: state.reasons }, expiresAt);
        return;
      }
      // The window closed with no ground for detention: the goods are released.
      move('SCREEN_RELEASE', expiresAt);
      await record('ENTRY_RELEASED', SYSTEM, { reason: 'Screened clear; the decision window closed' }, expiresAt);
      return;
    }
    const deemed = expiryMove(clock.kind);
    if (!deemed) return;
    move(deemed, expiresAt, 'missed');
    const type = { EXCLUDE: 'ENTRY_EXCLUDED', ABANDON: 'ENTRY_ABANDONED', DENY_PROTEST: 'PROTEST_DENIED' }[deemed as 'EXCLUDE' | 'ABANDON' | 'DENY_PROTEST'] ?? deemed;
    await record(type, SYSTEM, { deemed: true, reason: `${rule.title}: the period ran out (${rule.legalBasis})` }, expiresAt);
  };

  const nextInstant = (): number | null => {
    const clock = openClock();
    if (!clock) return null;
    const rule = DEFAULT_DEADLINE_RULES[clock.kind];
    const instants = scheduleSteps(rule, clock.ledger, calendar())
      .filter((s) => s.step.type !== 'BREACH' && s.at !== null && !clock.firedLevels.includes(s.step.level))
      .map((s) => s.at as number);
    const expiresAt = entryClockExpiresAt(rule, clock.ledger, calendar());
    if (expiresAt !== null) instants.push(expiresAt);
    return instants.length ? Math.min(...instants) : null;
  };

  if (!screened) {
    const screening = await loadFacts();
    const result = screenOn(screening);
    state.screeningVersion = result.screeningVersion;
    if (screening.calendar) state.calendar = screening.calendar;
    const decision = startEntryClock('PENDING_SCREENING', facts());
    if (decision) state.clocks.push({ ...decision, firedLevels: [], status: 'open', metAt: null });
    await serially(() =>
      record('ENTRY_FILED', input.importerId, {
        productCategory: input.productCategory,
        manufacturer: input.manufacturer.name,
        ...(input.manufacturer.match ? { manufacturerMatch: input.manufacturer.match } : {}),
      }),
    );
    const at = Date.now();
    const outcome = screeningOutcome(result.reasons);
    state.reasons = result.reasons;
    // A near match alone waits for a supervisor's decision within the window; a clean entry is
    // released at once (runs from before that kept it until the window closed).
    if (outcome === 'DETAIN') move('SCREEN_DETAIN', at);
    else if (outcome === 'RELEASE' && patched(CLEAN_ENTRY_RELEASED_AT_ONCE)) move('SCREEN_RELEASE', at);
    // AWAIT_DECISION: held within the decision window for a supervisor (a near match of the name).
    const decided = outcome === 'AWAIT_DECISION' ? outcome : result.decision;
    await serially(() => record('ENTRY_SCREENED', SYSTEM, { decision: decided, reasons: result.reasons, screeningVersion: result.screeningVersion }, at));
    screened = true;
  }

  for (;;) {
    const seen = generation;
    const next = nextInstant();
    const wake = () => generation !== seen || rescreens.length > 0 || causes.length > 0;
    const changed = next === null ? await condition(wake) : await condition(wake, Math.max(next - Date.now(), 1));
    while (rescreens.length > 0) {
      const change = rescreens.shift()!;
      await serially(() => rescreen(change));
    }
    while (causes.length > 0) {
      const cause = causes.shift()!;
      await serially(() => rescreenFor(cause));
    }
    if (!changed) {
      const clock = openClock();
      if (clock) await serially(() => onClock(clock, Date.now()));
    }
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof importEntry>(input, state);
    }
  }
}
