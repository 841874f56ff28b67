import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { decideNameMatchUpdate, entryStateQuery, fileProofUpdate, releaseEntryUpdate, rescreenEntrySignal, type RescreenCause } from '@mou/workflows';
import { entryInput, entryWorker, nearMatchInput, RecordedEntryEvents } from './entry-harness';
import { DAY, recordHistory, timeSkippingEnvironment } from './harness';

const importer = { id: '00000000-0000-4000-8000-0000000000c1', role: 'importer' };
const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };
const MINUTE = 60_000;

const blockedBy = (sequence: number): RescreenCause => ({ kind: 'FACILITY_STATUS', ref: `facility:f1:${sequence}`, text: 'Access refused at the visit of 3 March; block approved' });
const clearedBy = (sequence: number): RescreenCause => ({ kind: 'FACILITY_STATUS', ref: `facility:f1:${sequence}`, text: 'Visit with full access; unblock approved' });

describe('importEntry re-screened for a named cause (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = 'entries-rescreen';

  beforeEach(async () => {
    env = await timeSkippingEnvironment();
  });
  afterEach(() => env?.teardown());

  async function file(recorded: RecordedEntryEvents, complete: boolean) {
    const now = await env.currentTimeMs();
    const entryId = randomUUID();
    const handle = await env.client.workflow.start('importEntry', { args: [entryInput(entryId, now - (now % DAY), complete)], taskQueue, workflowId: `entry-${entryId}` });
    await handle.executeUpdate('entryScreened');
    const rescreened = () => recorded.of(entryId).filter((e) => e.type === 'ENTRY_RESCREENED');
    /** Sends the signal and lets the workflow act on it (a minute of skipped time). */
    const signal = async (cause: RescreenCause) => {
      await handle.signal(rescreenEntrySignal, cause);
      await env.sleep(MINUTE);
    };
    return { entryId, handle, rescreened, signal };
  }

  it('holds an entry on the ground its facility gives now: blocked, then cleared and released, naming the cause each time, once per cause', async () => {
    const recorded = new RecordedEntryEvents();
    recorded.facts = { ...recorded.facts, manufacturerStatus: 'UNDER_INVESTIGATION' };
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { handle, rescreened, signal } = await file(recorded, true);
      expect((await handle.query(entryStateQuery)).reasons.map((r) => r.code)).toEqual(['HIGH_RISK_UNDER_INVESTIGATION']);

      recorded.facts = { ...recorded.facts, manufacturerStatus: 'BLOCKED' };
      await signal(blockedBy(7));
      await signal(blockedBy(7));
      let state = await handle.query(entryStateQuery);
      expect(state.status).toBe('DETAINED');
      expect(state.reasons.map((r) => r.code)).toEqual(['BLOCKED_MANUFACTURER']);
      expect(rescreened().map((e) => e.payload)).toEqual([
        {
          outcome: 'DETAINED',
          added: [{ code: 'BLOCKED_MANUFACTURER', text: 'The manufacturer, Shandong Garment Works (facility 00000000-0000-4000-8000-0000000000f1), is blocked: US inspectors were denied access to it.' }],
          removed: [expect.objectContaining({ code: 'HIGH_RISK_UNDER_INVESTIGATION' })],
          cause: { kind: 'FACILITY_STATUS', ref: 'facility:f1:7', text: 'Access refused at the visit of 3 March; block approved' },
          screeningVersion: expect.any(String),
        },
      ]);

      recorded.facts = { ...recorded.facts, manufacturerStatus: 'CLEARED' };
      await signal(clearedBy(9));
      await signal(clearedBy(9));
      // The old cause again, with the facts now cleared: already applied, so nothing changes.
      await signal(blockedBy(7));
      state = await handle.query(entryStateQuery);
      expect(state.status).toBe('RELEASED');
      expect(state.reasons).toEqual([]);
      expect(rescreened()).toHaveLength(2);
      expect(rescreened()[1]).toMatchObject({
        status: 'RELEASED',
        payload: { outcome: 'RELEASED', added: [], removed: [{ code: 'BLOCKED_MANUFACTURER' }], cause: { kind: 'FACILITY_STATUS', ref: 'facility:f1:9', text: 'Visit with full access; unblock approved' } },
      });
      await recordHistory(handle, 'entry-rescreened-blocked-then-cleared');
    });
  });

  it('keeps an entry held on another ground detained when the block that joined it is lifted', async () => {
    const recorded = new RecordedEntryEvents();
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { handle, rescreened, signal } = await file(recorded, false);
      expect((await handle.query(entryStateQuery)).reasons.map((r) => r.code)).toEqual(['CERTIFICATION_MISSING']);
      recorded.facts = { ...recorded.facts, manufacturerStatus: 'BLOCKED' };
      await signal(blockedBy(3));
      expect((await handle.query(entryStateQuery)).reasons.map((r) => r.code)).toEqual(['BLOCKED_MANUFACTURER', 'CERTIFICATION_MISSING']);
      recorded.facts = { ...recorded.facts, manufacturerStatus: 'CLEARED' };
      await signal(clearedBy(4));
      const state = await handle.query(entryStateQuery);
      expect(state.status).toBe('DETAINED');
      expect(state.reasons.map((r) => r.code)).toEqual(['CERTIFICATION_MISSING']);
      // Blocked again: the unblock's signal repeated meanwhile is not what detains it; the new block is.
      recorded.facts = { ...recorded.facts, manufacturerStatus: 'BLOCKED' };
      await signal(clearedBy(4));
      expect((await handle.query(entryStateQuery)).reasons.map((r) => r.code)).toEqual(['CERTIFICATION_MISSING']);
      await signal(blockedBy(6));
      expect((await handle.query(entryStateQuery)).reasons.map((r) => r.code)).toEqual(['BLOCKED_MANUFACTURER', 'CERTIFICATION_MISSING']);
      expect(rescreened().map((e) => [e.payload.outcome, (e.payload.cause as RescreenCause).ref])).toEqual([
        ['DETAINED', 'facility:f1:3'],
        ['DETAINED', 'facility:f1:4'],
        ['DETAINED', 'facility:f1:6'],
      ]);
    });
  });

  it('does not detain again an entry a supervisor released: the goods have left CBP custody', async () => {
    const recorded = new RecordedEntryEvents();
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { entryId, handle, rescreened, signal } = await file(recorded, false);
      await handle.executeUpdate(fileProofUpdate, { args: [{ actor: importer, statement: 'Certificate attached', documents: ['co.pdf'] }] });
      await handle.executeUpdate(releaseEntryUpdate, { args: [{ actor: supervisor, reason: 'Certificate verified' }] });
      const events = recorded.of(entryId).length;
      recorded.facts = { ...recorded.facts, manufacturerStatus: 'BLOCKED' };
      await signal(blockedBy(5));
      expect((await handle.query(entryStateQuery)).status).toBe('RELEASED');
      expect(rescreened()).toEqual([]);
      expect(recorded.of(entryId)).toHaveLength(events);
    });
  });

  it('releases an entry held on a near match of its name when a supervisor clears it, once', async () => {
    const recorded = new RecordedEntryEvents();
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const now = await env.currentTimeMs();
      const entryId = randomUUID();
      const handle = await env.client.workflow.start('importEntry', { args: [nearMatchInput(entryId, now - (now % DAY))], taskQueue, workflowId: `entry-${entryId}` });
      await handle.executeUpdate('entryScreened');
      expect((await handle.query(entryStateQuery)).status).toBe('PENDING_SCREENING');
      const state = await handle.executeUpdate(decideNameMatchUpdate, { args: [{ actor: supervisor, confirm: false, reason: 'Another firm of a similar name' }] });
      expect(state.status).toBe('RELEASED');
      expect(state.reasons).toEqual([]);
      expect(state.facilityId).toBeNull();
      expect(state.nameMatch?.resolution).toMatchObject({ decision: 'CLEARED', by: supervisor.id, reason: 'Another firm of a similar name' });
      await expect(handle.executeUpdate(decideNameMatchUpdate, { args: [{ actor: supervisor, confirm: true, reason: 'again' }] })).rejects.toThrow();
      expect(recorded.of(entryId).map((e) => e.type)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED', 'NAME_MATCH_CLEARED']);
      expect(recorded.of(entryId)[2]).toMatchObject({ actorId: supervisor.id, status: 'RELEASED', payload: { removed: [{ code: 'NAME_NEAR_MATCH' }] } });
      await recordHistory(handle, 'entry-near-match-cleared');
    });
  });
});
