import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildWorker,
  openCaseBody,
  pool,
  sequenceProblems,
  sleep,
  spawnWorker,
  startApi,
  temporalClient,
  workerEnv,
} from '../reliability/support';
import { CLUSTER_SHARDS, ClusterUnderTest, startCluster } from './cluster';

const CASES = 60;
const ACTIONS = CASES * 2; // open + visit request

/**
 * Two worker processes on the Temporal server persisting to PostgreSQL; one is SIGKILLed in the
 * middle of a batch of case actions sent through the real API and not started again. The other
 * takes over what the dead one held (its workflow and activity tasks time out and are handed
 * over). The client retries what failed, as any client would (opening with its Idempotency-Key).
 */
describe('cluster: one of two workers SIGKILLed mid-batch', () => {
  let cluster: ClusterUnderTest;
  let api: ApiUnderTest;
  let workers: ChildWorker[];
  let token: string;

  beforeAll(async () => {
    cluster = await startCluster('worker_crash');
    workers = await Promise.all([spawnWorker(workerEnv(cluster.config)), spawnWorker(workerEnv(cluster.config))]);
    api = await startApi(cluster.config);
    token = await api.login('investigator@example.gov');
  }, 240_000);

  afterAll(async () => {
    for (const worker of workers ?? []) await worker.kill();
    await api?.stop();
    await cluster?.stop();
  });

  it('reports on /health the Temporal server on PostgreSQL with its shards, and both workers polling', async () => {
    const res = await api.http.get('/api/v1/health').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      database: { up: true },
      temporal: { up: true, serverVersion: '1.30.4', persistenceStore: 'postgres12', visibilityStore: 'postgres12', historyShardCount: CLUSTER_SHARDS },
      workers: { up: true, taskQueue: cluster.config.TEMPORAL_TASK_QUEUE, polling: 2 },
    });
    expect(res.body.workers.identities).toEqual(workers.map((w) => `${w.process.pid}@${hostname()}`).sort());
  });

  it('finishes the batch on the surviving worker: each action once, every event once, every chain valid', async () => {
    const run = randomBytes(4).toString('hex');
    let done = 0;
    let retries = 0;
    let doneAtKill = -1;
    const statuses: Record<string, number> = {};
    const [victim, survivor] = workers;

    type Answer = { status: number; body: Record<string, unknown> };
    const send = async (attempt: () => Promise<Answer>, accept: (status: number) => boolean): Promise<Answer> => {
      for (let i = 0; ; i++) {
        const res: Answer = await attempt().catch(() => ({ status: 0, body: {} }));
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if ((res.status >= 200 && res.status < 300) || accept(res.status)) {
          done++;
          return res;
        }
        if (i >= 60) throw new Error(`gave up after ${i} attempts: ${res.status} ${JSON.stringify(res.body)}`);
        retries++;
        await sleep(500);
      }
    };

    const chaos = (async () => {
      while (done < ACTIONS * 0.3) await sleep(20);
      doneAtKill = done;
      victim.process.kill('SIGKILL');
      await victim.exited;
    })();

    const ids = await pool(
      Array.from({ length: CASES }, (_, i) => i),
      12,
      async (i) => {
        const key = `cluster-crash-${run}-${i}`;
        const opened = await send(
          () => api.http.post('/api/v1/cases').set(auth(token)).set('Idempotency-Key', key).send(openCaseBody(`Cluster crash case ${i}`)),
          () => false,
        );
        const id = opened.body.id as string;
        // A 409 after a retry means the first attempt was applied; the checks below prove it was applied once.
        await send(() => api.http.post(`/api/v1/cases/${id}/visit-requests`).set(auth(token)).send({ note: `visit ${i}` }), (s) => s === 409);
        return id;
      },
    );
    await chaos;

    expect(doneAtKill).toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(ACTIONS);
    expect(victim.process.signalCode).toBe('SIGKILL');
    expect(survivor.process.exitCode).toBeNull();
    expect(new Set(ids).size).toBe(CASES);

    const [{ n: cases }] = await cluster.db.query('SELECT count(*)::int AS n FROM cases');
    expect(cases).toBe(CASES);
    const [{ n: keys }] = await cluster.db.query('SELECT count(*)::int AS n FROM idempotency_keys');
    expect(keys).toBe(CASES);

    const events = await caseEvents(cluster.db, ids);
    for (const [id, rows] of events) {
      expect({ id, types: rows.map((r) => r.type) }).toEqual({ id, types: ['CASE_OPENED', 'VISIT_REQUESTED'] });
    }
    expect(await sequenceProblems(cluster.db, ids)).toEqual([]);
    const [{ n: deadlines }] = await cluster.db.query(`SELECT count(*)::int AS n FROM deadlines WHERE kind = 'PRC_VISIT'`);
    expect(deadlines).toBe(CASES);

    await pool(ids, 8, async (id) => {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect({ id, ...res.body }).toEqual({ id, valid: true, events: 2, head: { sequence: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    });

    // One running case workflow per case, in the PostgreSQL visibility store.
    const temporal = await temporalClient(cluster.config.TEMPORAL_ADDRESS);
    try {
      const query = `TaskQueue = '${cluster.config.TEMPORAL_TASK_QUEUE}' AND WorkflowType = 'inspectionCase'`;
      expect((await temporal.client.workflow.count(query)).count).toBe(CASES);
      expect((await temporal.client.workflow.count(`${query} AND ExecutionStatus = 'Running'`)).count).toBe(CASES);

      // Both workers carried the batch: the victim completed tasks before it died, the survivor after.
      const identity = (w: ChildWorker) => `${w.process.pid}@${hostname()}`;
      const by = new Map<string, number>();
      let timedOut = 0;
      await pool(ids, 8, async (id) => {
        const history = await temporal.client.workflow.getHandle(`case-${id}`).fetchHistory();
        for (const e of history.events ?? []) {
          const who = e.workflowTaskCompletedEventAttributes?.identity ?? e.activityTaskStartedEventAttributes?.identity;
          if (who) by.set(who, (by.get(who) ?? 0) + 1);
          if (e.workflowTaskTimedOutEventAttributes || e.activityTaskTimedOutEventAttributes) timedOut++;
        }
      });
      expect(by.get(identity(victim)) ?? 0).toBeGreaterThan(0);
      expect(by.get(identity(survivor)) ?? 0).toBeGreaterThan(0);
      // The crash stranded work: tasks the victim held timed out and were handed to the survivor.
      expect(timedOut).toBeGreaterThan(0);
      console.info(
        `worker SIGKILLed after ${doneAtKill}/${ACTIONS} actions; ${retries} client retries; answers ${JSON.stringify(statuses)}; ` +
          `tasks by victim ${by.get(identity(victim))}, by survivor ${by.get(identity(survivor))}; tasks timed out and handed over: ${timedOut}`,
      );
    } finally {
      await temporal.close();
    }
  }, 240_000);
});
