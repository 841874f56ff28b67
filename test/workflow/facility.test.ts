import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import {
  AppendFacilityEventInput,
  caseFacilityChangeSignal,
  CaseFacilityChange,
  decideUnblockUpdate,
  FacilityActivities,
  FacilityInput,
  facilityStateQuery,
  FacilityStatus,
  requestUnblockUpdate,
} from '@mou/workflows';
import { recordHistory, timeSkippingEnvironment, workflowBundle } from './harness';

const supervisor = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };
const supervisor2 = { id: '00000000-0000-4000-8000-0000000000b2', role: 'supervisor' };

/** The facility's port, stubbed in memory: its appended events and every re-screen it asked for. */
class RecordedFacility implements FacilityActivities {
  readonly events: AppendFacilityEventInput[] = [];
  readonly rescreens: { facilityId: string; status: FacilityStatus; reason: string }[] = [];

  appendFacilityEvent = async (input: AppendFacilityEventInput) => {
    if (!this.events.some((e) => e.facilityId === input.facilityId && e.sequence === input.sequence)) this.events.push(input);
    return { sequence: input.sequence, hash: `h${input.sequence}` };
  };

  rescreenFacilityEntries = async (input: { facilityId: string; status: FacilityStatus; reason: string }) => {
    this.rescreens.push(input);
    return 2;
  };
}

describe('facility workflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const taskQueue = 'facility';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it("follows its cases' notices once each, blocks and re-screens, and lifts the block only on a second supervisor's approval", async () => {
    const recorded = new RecordedFacility();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: { ...recorded } });
    await worker.runUntil(async () => {
      const facilityId = randomUUID();
      const caseId = randomUUID();
      const input: FacilityInput = { facilityId, status: 'NONE', sequence: 1 };
      const handle = await env.client.workflow.start('facility', { args: [input], taskQueue, workflowId: `facility-${facilityId}` });
      const now = new Date(await env.currentTimeMs()).toISOString();
      const notice = (to: FacilityStatus, reason: string, sequence: number): CaseFacilityChange => ({ to, reason, caseId, actorId: supervisor.id, at: now, sourceEvent: `case:${caseId}:${sequence}` });
      const statusAfter = async (count: number) => {
        for (let i = 0; i < 50 && recorded.events.length < count; i++) await env.sleep(1000);
        return (await handle.query(facilityStateQuery)).status;
      };

      await handle.signal(caseFacilityChangeSignal, notice('UNDER_INVESTIGATION', 'Case opened', 1));
      // The same case event delivered twice (an activity retried) changes the facility once.
      await handle.signal(caseFacilityChangeSignal, notice('UNDER_INVESTIGATION', 'Case opened', 1));
      expect(await statusAfter(1)).toBe('UNDER_INVESTIGATION');
      await handle.signal(caseFacilityChangeSignal, notice('ACCESS_DENIED', 'Refused at the gate', 3));
      expect(await statusAfter(2)).toBe('ACCESS_DENIED');
      await handle.signal(caseFacilityChangeSignal, notice('BLOCKED', 'Access refused: block approved', 4));
      expect(await statusAfter(4)).toBe('BLOCKED');
      // A new case on a blocked facility never downgrades it.
      await handle.signal(caseFacilityChangeSignal, { ...notice('UNDER_INVESTIGATION', 'Case opened', 1), caseId: randomUUID(), sourceEvent: `case:${randomUUID()}:1` });
      await handle.query(facilityStateQuery);

      expect(recorded.events.map((e) => [e.sequence, e.type, e.change?.from ?? null, e.change?.to ?? null])).toEqual([
        [2, 'STATUS_CHANGED', 'NONE', 'UNDER_INVESTIGATION'],
        [3, 'STATUS_CHANGED', 'UNDER_INVESTIGATION', 'ACCESS_DENIED'],
        [4, 'STATUS_CHANGED', 'ACCESS_DENIED', 'BLOCKED'],
        [5, 'ENTRIES_RESCREENED', null, null],
      ]);
      expect(recorded.rescreens).toEqual([{ facilityId, status: 'BLOCKED', reason: 'Access refused: block approved' }]);

      const asked = await handle.executeUpdate(requestUnblockUpdate, { args: [{ actor: supervisor, ground: 'REMEDIATION_PETITION', petition: 'Workshop closed, inmates moved', reason: 'Remediated' }] });
      const requestId = asked.unblockRequests[0].id;
      // Four-eyes: the supervisor who asked may not decide (docs/domain.md §6).
      const own = await handle.executeUpdate(decideUnblockUpdate, { args: [{ actor: supervisor, requestId, approve: true, reason: 'Mine' }] }).catch((e: unknown) => e);
      expect(own).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((await handle.query(facilityStateQuery)).status).toBe('BLOCKED');
      const decided = await handle.executeUpdate(decideUnblockUpdate, { args: [{ actor: supervisor2, requestId, approve: true, reason: 'Petition verified' }] });
      expect(decided.status).toBe('CLEARED');
      expect(decided.unblockRequests[0]).toMatchObject({ status: 'approved', decidedBy: supervisor2.id, requestedBy: supervisor.id });
      expect(recorded.events.slice(4).map((e) => [e.sequence, e.type, e.change?.to ?? null])).toEqual([
        [6, 'UNBLOCK_REQUESTED', null],
        [7, 'FACILITY_UNBLOCKED', 'CLEARED'],
        [8, 'ENTRIES_RESCREENED', null],
      ]);
      expect(recorded.rescreens.map((r) => r.status)).toEqual(['BLOCKED', 'CLEARED']);
      // The refusal delivered again after the block was lifted (a retried notice) is not applied twice.
      await handle.signal(caseFacilityChangeSignal, notice('ACCESS_DENIED', 'Refused at the gate', 3));
      await env.sleep(5000);
      expect((await handle.query(facilityStateQuery)).status).toBe('CLEARED');
      expect(recorded.events.map((e) => e.sequence)).toEqual([2, 3, 4, 5, 6, 7, 8]);
      await recordHistory(handle, 'facility-blocked-then-unblocked');
      await handle.terminate('test over');
    });
  });
});
