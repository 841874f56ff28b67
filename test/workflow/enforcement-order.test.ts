import { TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import {
  decideOrderRequestUpdate,
  EnforcementOrderInput,
  enforcementOrderWorkflowId,
  orderOpenedUpdate,
  requestOrderChangeUpdate,
  type AppendOrderEventInput,
  type OrderRescreen,
} from '@mou/workflows';
import { timeSkippingEnvironment, workflowBundle } from './harness';

const one = { id: '00000000-0000-4000-8000-0000000000b1', role: 'supervisor' };
const two = { id: '00000000-0000-4000-8000-0000000000b2', role: 'supervisor' };

/** The order's activities in memory: its events in order, and every re-screen it asked for. */
class RecordedOrder {
  readonly events: AppendOrderEventInput[] = [];
  readonly rescreens: OrderRescreen[] = [];
  appendOrderEvent = async (input: AppendOrderEventInput) => {
    if (!this.events.some((e) => e.orderId === input.orderId && e.sequence === input.sequence)) this.events.push(input);
    return { sequence: input.sequence, hash: `h${input.sequence}`, reference: 'WRO-2026-0042' };
  };
  rescreenOrderEntries = async (input: OrderRescreen) => {
    this.rescreens.push(input);
    return 3;
  };
  startEnforcementOrder = async () => undefined;
}

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkflowUpdateFailedError);
  return ((error as WorkflowUpdateFailedError).cause as Error & { type?: string }) ?? null;
};

describe('enforcementOrder (time-skipping)', () => {
  let env: TestWorkflowEnvironment;
  const recorded = new RecordedOrder();
  const taskQueue = 'orders';

  beforeAll(async () => {
    env = await timeSkippingEnvironment();
  });
  afterAll(async () => {
    await env?.teardown();
  });

  it('keeps four-eyes and the legal changes in the workflow itself, and re-screens once per change naming its event', async () => {
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: await workflowBundle(), activities: { ...recorded } });
    await worker.runUntil(async () => {
      const orderId = randomUUID();
      const input: EnforcementOrderInput = {
        orderId,
        kind: 'WRO',
        facilityId: randomUUID(),
        caseId: null,
        terms: { productCategories: ['TEA'], effectiveFrom: '2026-01-01' },
        reason: 'Reports',
        requestedBy: one.id,
        requestedAt: new Date(await env.currentTimeMs()).toISOString(),
      };
      const handle = await env.client.workflow.start('enforcementOrder', { args: [input], taskQueue, workflowId: enforcementOrderWorkflowId(orderId) });
      await handle.executeUpdate(orderOpenedUpdate);
      const decide = (actor: typeof one, approve = true, facilityInvestigatorIds: string[] = []) =>
        handle.executeUpdate(decideOrderRequestUpdate, { args: [{ actor, approve, reason: 'Decided', facilityInvestigatorIds }] });

      // Proposed: nothing can be changed yet, and the proposer may not approve it.
      expect((await refusal(handle.executeUpdate(requestOrderChangeUpdate, { args: [{ actor: one, action: 'REVOKE', reason: 'x' }] }))).message).toBe(
        'The order was never issued: only an order in force can be modified or revoked.',
      );
      expect((await refusal(decide(one))).message).toBe('You requested this step; a second supervisor must decide it.');
      expect((await refusal(decide(two, true, [two.id]))).message).toBe('You investigate a case on this facility; a supervisor who does not must decide it.');
      expect(recorded.events.map((e) => e.type)).toEqual(['ORDER_PROPOSED']);

      const issued = await decide(two);
      expect(issued.status).toBe('ACTIVE');
      await handle.executeUpdate(requestOrderChangeUpdate, { args: [{ actor: one, action: 'MODIFY', terms: { productCategories: [], effectiveFrom: '2025-06-01' }, reason: 'All goods' }] });
      expect((await refusal(handle.executeUpdate(requestOrderChangeUpdate, { args: [{ actor: two, action: 'REVOKE', reason: 'x' }] }))).message).toBe(
        'A request on this order already waits for a second supervisor.',
      );
      const modified = await decide(two);
      expect(modified.terms).toEqual({ productCategories: [], effectiveFrom: '2025-06-01' });
      await handle.executeUpdate(requestOrderChangeUpdate, { args: [{ actor: two, action: 'REVOKE', reason: 'Remediated' }] });
      expect((await decide(one)).status).toBe('REVOKED');
      expect(await handle.result()).toMatchObject({ status: 'REVOKED' });

      const types = recorded.events.map((e) => e.type);
      expect(types).toEqual([
        'ORDER_PROPOSED',
        'ORDER_ISSUED',
        'ENTRIES_RESCREENED',
        'MODIFICATION_REQUESTED',
        'ORDER_MODIFIED',
        'ENTRIES_RESCREENED',
        'REVOCATION_REQUESTED',
        'ORDER_REVOKED',
        'ENTRIES_RESCREENED',
      ]);
      // One re-screen per change, each naming the event that made it.
      expect(recorded.rescreens.map((r) => r.ref)).toEqual(['WRO-2026-0042:2', 'WRO-2026-0042:5', 'WRO-2026-0042:8']);
      expect(recorded.rescreens[1].text).toBe('WRO-2026-0042 modified: now all goods imported from 2025-06-01 (Decided)');
      expect(recorded.events.at(-1)!.order).toMatchObject({ status: 'REVOKED', legalBasis: '19 CFR 12.42(e)', approvedBy: two.id });
    });
  });
});
