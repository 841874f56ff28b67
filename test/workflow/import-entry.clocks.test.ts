import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import { addMonths } from '@mou/domain';
import { entryStateQuery, excludeEntryUpdate, extendProofUpdate, fileProofUpdate, fileProtestUpdate } from '@mou/workflows';
import { entryInput, entryWorker, nearMatchInput, RecordedEntryEvents } from './entry-harness';
import { DAY, recordHistory, timeSkippingEnvironment } from './harness';

const importer = { id: '00000000-0000-4000-8000-0000000000c1', role: 'importer' };
const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };

describe('importEntry detention clocks (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedEntryEvents();
  const taskQueue = 'entries';

  // A fresh server per test: the entries of one test keep their own clocks out of the next.
  beforeEach(async () => {
    env = await timeSkippingEnvironment();
  });
  afterEach(() => env?.teardown());

  /** Files an entry imported at the start of today (UTC) with an incomplete certification: detained. */
  async function fileDetained(complete = false) {
    const now = await env.currentTimeMs();
    const importedAt = now - (now % DAY);
    const entryId = randomUUID();
    const handle = await env.client.workflow.start('importEntry', { args: [entryInput(entryId, importedAt, complete)], taskQueue, workflowId: `entry-${entryId}` });
    await handle.executeUpdate('entryScreened');
    return { entryId, handle, importedAt };
  }
  const types = (entryId: string) => recorded.of(entryId).map((e) => e.type);
  const sleepUntil = async (at: number) => env.sleep(Math.max(at - (await env.currentTimeMs()), 1));

  it('detains on an incomplete certification and counts 3 months from importation; proof on the last day is in time', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { entryId, handle, importedAt } = await fileDetained();
      const state = await handle.query(entryStateQuery);
      expect(state.status).toBe('DETAINED');
      expect(state.reasons.map((r) => r.code)).toEqual(['CERTIFICATION_MISSING']);
      const proofClock = recorded.of(entryId).at(-1)!.deadlines.find((d) => d.kind === 'ENTRY_PROOF')!;
      // 3 calendar months, clamped to the month's end (Nov 30 + 3 months = Feb 28).
      expect(proofClock.dueAt!.slice(0, 10)).toBe(new Date(addMonths(importedAt, 3)).toISOString().slice(0, 10));
      // Noon on the last day.
      await sleepUntil(Date.parse(`${proofClock.dueAt!.slice(0, 10)}T12:00:00Z`));
      await handle.executeUpdate(fileProofUpdate, { args: [{ actor: importer, statement: 'Factory audit attached', documents: ['audit.pdf'] }] });
      await env.sleep(20 * DAY);
      const after = await handle.query(entryStateQuery);
      expect(after.status).toBe('DETAINED');
      expect(after.clocks[1]).toMatchObject({ kind: 'ENTRY_PROOF', status: 'met' });
      expect(types(entryId)).not.toContain('ENTRY_EXCLUDED');
      expect(types(entryId)).toContain('DEADLINE_REMINDER');
      await recordHistory(handle, 'entry-proof-on-last-day');
    });
  });

  it('excludes when no proof comes, then deems the goods abandoned 60 days after the exclusion', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { entryId, handle } = await fileDetained();
      await env.sleep(95 * DAY);
      let state = await handle.query(entryStateQuery);
      expect(state.status).toBe('EXCLUDED');
      const excludedAt = state.excludedAt!;
      await sleepUntil(excludedAt + 59 * DAY);
      expect((await handle.query(entryStateQuery)).status).toBe('EXCLUDED');
      await sleepUntil(excludedAt + 62 * DAY);
      state = await handle.query(entryStateQuery);
      expect(state.status).toBe('ABANDONED');
      expect(types(entryId).filter((t) => ['ENTRY_EXCLUDED', 'ENTRY_ABANDONED'].includes(t))).toEqual(['ENTRY_EXCLUDED', 'ENTRY_ABANDONED']);
      await recordHistory(handle, 'entry-excluded-then-abandoned');
    });
  });

  it('moves the proof deadline by 30 days on a supervisor extension, once only', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { handle } = await fileDetained();
      await env.sleep(30 * DAY);
      await handle.executeUpdate(extendProofUpdate, { args: [{ actor: supervisor, reason: 'Documents in translation' }] });
      await expect(handle.executeUpdate(extendProofUpdate, { args: [{ actor: supervisor, reason: 'again' }] })).rejects.toThrow();
      await env.sleep(70 * DAY); // ~100 days after importation: past 3 months, within 3 months + 30 days
      expect((await handle.query(entryStateQuery)).status).toBe('DETAINED');
      await env.sleep(30 * DAY);
      expect((await handle.query(entryStateQuery)).status).toBe('EXCLUDED');
    });
  });

  it('deems a protest denied when no decision comes within 30 days', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { entryId, handle } = await fileDetained();
      await handle.executeUpdate(fileProofUpdate, { args: [{ actor: importer, statement: 'Audit', documents: [] }] });
      await handle.executeUpdate(excludeEntryUpdate, { args: [{ actor: supervisor, reason: 'Audit does not cover the sewing subcontractor' }] });
      await env.sleep(10 * DAY);
      await handle.executeUpdate(fileProtestUpdate, { args: [{ actor: importer, grounds: 'Subcontractor audited separately' }] });
      await env.sleep(29 * DAY);
      expect((await handle.query(entryStateQuery)).status).toBe('PROTESTED');
      await env.sleep(3 * DAY);
      expect((await handle.query(entryStateQuery)).status).toBe('PROTEST_DENIED');
      expect(recorded.of(entryId).at(-1)).toMatchObject({ type: 'PROTEST_DENIED', payload: { deemed: true } });
      await recordHistory(handle, 'entry-protest-deemed-denied');
    });
  });

  it('releases a clean entry at once, meeting its decision clock', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const { entryId, handle } = await fileDetained(true);
      const state = await handle.query(entryStateQuery);
      expect(state.status).toBe('RELEASED');
      expect(state.clocks).toEqual([expect.objectContaining({ kind: 'ENTRY_DECISION', status: 'met' })]);
      expect(types(entryId)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED']);
      expect(recorded.of(entryId)[1]).toMatchObject({ status: 'RELEASED', payload: { decision: 'RELEASE', reasons: [] } });
      await env.sleep(10 * DAY);
      expect(types(entryId)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED']);
    });
  });

  it('holds a near match of the name for a decision, and detains it when the 5-business-day window closes undecided', async () => {
    await (await entryWorker(env, taskQueue, recorded)).runUntil(async () => {
      const now = await env.currentTimeMs();
      const entryId = randomUUID();
      const input = nearMatchInput(entryId, now - (now % DAY));
      const handle = await env.client.workflow.start('importEntry', { args: [input], taskQueue, workflowId: `entry-${entryId}` });
      await handle.executeUpdate('entryScreened');
      let state = await handle.query(entryStateQuery);
      expect(state.status).toBe('PENDING_SCREENING');
      expect(state.reasons.map((r) => r.code)).toEqual(['NAME_NEAR_MATCH']);
      expect(recorded.of(entryId)[1]).toMatchObject({ type: 'ENTRY_SCREENED', status: 'PENDING_SCREENING', payload: { decision: 'AWAIT_DECISION' } });
      await env.sleep(3 * DAY);
      expect((await handle.query(entryStateQuery)).status).toBe('PENDING_SCREENING');
      await env.sleep(7 * DAY);
      state = await handle.query(entryStateQuery);
      expect(state.status).toBe('DETAINED');
      expect(state.clocks.map((c) => [c.kind, c.status])).toEqual([
        ['ENTRY_DECISION', 'missed'],
        ['ENTRY_PROOF', 'open'],
      ]);
      expect(types(entryId)).toEqual(['ENTRY_FILED', 'ENTRY_SCREENED', 'ENTRY_DETAINED']);
    });
  });
});
