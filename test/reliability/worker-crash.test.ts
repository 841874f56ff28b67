import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildWorker,
  openCaseBody,
  pool,
  prepareDatabase,
  reliabilityConfig,
  sequenceProblems,
  sleep,
  spawnWorker,
  startApi,
  temporalClient,
  workerEnv,
} from './support';

const CASES = 100;
const ACTIONS = CASES * 2; // open + visit request

/**
 * The worker process is SIGKILLed in the middle of 200 case actions sent through the real API,
 * then started again. The API in this process keeps serving: Updates wait in Temporal for a
 * worker. The client retries what failed, as any client would (opening with its Idempotency-Key).
 */
describe('reliability: the worker killed mid-batch', () => {
  let config: AppConfig;
  let db: DataSource;
  let api: ApiUnderTest;
  let worker: ChildWorker;
  let token: string;

  beforeAll(async () => {
    const url = await prepareDatabase(process.env.TEST_DATABASE_ADMIN_URL!, 'rel_crash');
    config = reliabilityConfig(url, process.env.TEST_TEMPORAL_ADDRESS!);
    db = await createDataSource(url).initialize();
    worker = await spawnWorker(workerEnv(config));
    api = await startApi(config);
    token = await api.login('investigator@example.gov');
  }, 120_000);

  afterAll(async () => {
    await worker?.kill();
    await api?.stop();
    await db?.destroy();
  });

  it('applies each of 200 actions once, with every event row once and every chain valid', async () => {
    const run = randomBytes(4).toString('hex');
    let done = 0;
    let retries = 0;
    let doneAtKill = -1;
    const statuses: Record<string, number> = {};

    /** Sends until the API answers 2xx (or `accept` says the answer means "already applied"). */
    type Answer = { status: number; body: Record<string, unknown> };
    const send = async (attempt: () => Promise<Answer>, accept: (status: number) => boolean): Promise<Answer> => {
      for (let i = 0; ; i++) {
        const res: Answer = await attempt().catch(() => ({ status: 0, body: {} }));
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if ((res.status >= 200 && res.status < 300) || accept(res.status)) {
          done++;
          return res;
        }
        if (i >= 40) throw new Error(`gave up after ${i} attempts: ${res.status} ${JSON.stringify(res.body)}`);
        retries++;
        await sleep(500);
      }
    };

    const chaos = (async () => {
      while (done < ACTIONS * 0.35) await sleep(20);
      doneAtKill = done;
      worker.process.kill('SIGKILL');
      await worker.exited;
      await sleep(1000);
      worker = await spawnWorker(workerEnv(config));
    })();

    const ids = await pool(
      Array.from({ length: CASES }, (_, i) => i),
      16,
      async (i) => {
        const key = `crash-${run}-${i}`;
        const opened = await send(
          () => api.http.post('/api/v1/cases').set(auth(token)).set('Idempotency-Key', key).send(openCaseBody(`Crash batch case ${i}`)),
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
    expect(new Set(ids).size).toBe(CASES);

    // One case row and one idempotency key per opening; nothing else made.
    const [{ n: cases }] = await db.query('SELECT count(*)::int AS n FROM cases');
    expect(cases).toBe(CASES);
    const [{ n: keys }] = await db.query('SELECT count(*)::int AS n FROM idempotency_keys');
    expect(keys).toBe(CASES);

    // Every action applied once: exactly the opening and the request, in order, no gaps or repeats.
    const events = await caseEvents(db, ids);
    for (const [id, rows] of events) {
      expect({ id, types: rows.map((r) => r.type) }).toEqual({ id, types: ['CASE_OPENED', 'VISIT_REQUESTED'] });
    }
    expect(await sequenceProblems(db, ids)).toEqual([]);
    const [{ n: deadlines }] = await db.query(`SELECT count(*)::int AS n FROM deadlines WHERE kind = 'PRC_VISIT'`);
    expect(deadlines).toBe(CASES);

    // Every chain verifies through the API.
    await pool(ids, 8, async (id) => {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect({ id, ...res.body }).toEqual({ id, valid: true, events: 2, head: { sequence: 2, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    });

    // One case workflow per case on this task queue, all still running.
    const temporal = await temporalClient(config.TEMPORAL_ADDRESS);
    try {
      const query = `TaskQueue = '${config.TEMPORAL_TASK_QUEUE}' AND WorkflowType = 'inspectionCase'`;
      const { count } = await temporal.client.workflow.count(query);
      expect(count).toBe(CASES);
      const { count: running } = await temporal.client.workflow.count(`${query} AND ExecutionStatus = 'Running'`);
      expect(running).toBe(CASES);
    } finally {
      await temporal.close();
    }
    console.info(`worker SIGKILLed after ${doneAtKill}/${ACTIONS} actions; ${retries} client retries; answers ${JSON.stringify(statuses)}`);
  }, 200_000);
});
