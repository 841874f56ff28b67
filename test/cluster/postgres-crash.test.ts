import { randomBytes } from 'node:crypto';
import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildWorker,
  DAY,
  eventually,
  openCaseBody,
  pool,
  sequenceProblems,
  sleep,
  spawnWorker,
  startApi,
  temporalClient,
  within,
  workerEnv,
} from '../reliability/support';
import { ClusterUnderTest, startCluster } from './cluster';

const CASES = 30;
const REQUEST_TIMEOUT = { response: 45_000, deadline: 60_000 };

/**
 * PostgreSQL — the application's database and the Temporal server's persistence alike — is
 * SIGKILLed (postmaster and every backend) while the workers write events, and started again on
 * the same data directory and port, recovering from its write-ahead log. The Temporal server, the
 * two workers and the API stay up: the event-writing activities fail and are retried, each append
 * is idempotent on (case, sequence), so nothing is lost and nothing is written twice; the client
 * retries what failed. Once /health says PostgreSQL and Temporal are back, no request answers 500.
 */
describe('cluster: PostgreSQL SIGKILLed while events are written', () => {
  let cluster: ClusterUnderTest;
  let api: ApiUnderTest;
  let workers: ChildWorker[];

  beforeAll(async () => {
    cluster = await startCluster('pg_crash');
    workers = await Promise.all([spawnWorker(workerEnv(cluster.config)), spawnWorker(workerEnv(cluster.config))]);
    api = await startApi(cluster.config);
  }, 240_000);

  afterAll(async () => {
    for (const worker of workers ?? []) await worker.kill();
    await api?.stop();
    await cluster?.stop();
  });

  it('recovers the Temporal server and the activities: every event once, no gap, every chain valid, no 500 after recovery', async () => {
    const token = await api.login('investigator@example.gov');
    const run = randomBytes(4).toString('hex');
    const ids = await pool(Array.from({ length: CASES }, (_, i) => i), 8, async (i) => {
      const res = await api.http.post('/api/v1/cases').timeout(REQUEST_TIMEOUT).set(auth(token)).send(openCaseBody(`PG crash case ${i}`)).expect(201);
      return res.body.id as string;
    });
    // Backdated 50 days: each request also fires its day-45 reminder, a second event to write.
    const requestedAt = new Date(Date.now() - 50 * DAY).toISOString();
    const countVisits = async () => {
      const [row] = await cluster.db.query(`SELECT count(*)::int AS n FROM case_events WHERE type = 'VISIT_REQUESTED'`);
      return row.n as number;
    };

    let recoveredAt = Infinity;
    const answers: { status: number; sentAt: number }[] = [];
    const actions = pool(ids, 10, async (id) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const sentAt = Date.now();
        const res = await api.http
          .post(`/api/v1/cases/${id}/visit-requests`)
          .timeout(REQUEST_TIMEOUT)
          .set(auth(token))
          .send({ requestedAt, note: 'through the crash' })
          .catch((error: Error) => ({ status: 0, body: { error: error.message } }));
        answers.push({ status: res.status, sentAt });
        expect(JSON.stringify(res.body)).not.toMatch(/node_modules|\.ts:\d+|QueryFailedError|ECONNREFUSED/);
        if (res.status === 200 || res.status === 409) return;
        await sleep(500);
      }
      throw new Error(`visit request for ${id} never went through`);
    });

    // Crash PostgreSQL once the first events are in, while the rest are being written.
    await eventually(async () => (await countVisits()) >= 3, 30_000, 'first events written', 50);
    const before = await countVisits();
    await cluster.crashPostgres();
    const crashedAt = Date.now();
    await sleep(4000);
    await cluster.restartPostgres();
    const downMs = Date.now() - crashedAt;
    await eventually(async () => (await api.http.get('/api/v1/health')).status === 200, 90_000, '/health ok again', 500);
    recoveredAt = Date.now();

    await within(actions, 120_000, 'the visit requests sent through the crash');
    await within(
      eventually(async () => [...(await caseEvents(cluster.db, ids)).values()].every((rows) => rows.length >= 3), 90_000, 'every reminder committed'),
      100_000,
      'the reminders',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- Temporal server log ---\n${cluster.temporalLog()}`);
    });
    await sleep(2000); // anything doubled would land now

    const events = await caseEvents(cluster.db, ids);
    for (const [id, rows] of events) {
      expect({ id, events: rows.map((r) => [r.type, r.payload.step ?? null]) }).toEqual({
        id,
        events: [
          ['CASE_OPENED', null],
          ['VISIT_REQUESTED', null],
          ['ESCALATION_STEP', 'REMINDER'],
        ],
      });
    }
    expect(await sequenceProblems(cluster.db, ids)).toEqual([]);
    const [{ n: deadlines }] = await cluster.db.query(`SELECT count(*)::int AS n FROM deadlines WHERE case_id = ANY($1::uuid[])`, [ids]);
    expect(deadlines).toBe(ids.length);
    for (const id of ids) {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect({ id, ...res.body }).toEqual({ id, valid: true, events: 3, head: { sequence: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }

    // After recovery nothing answers 500: neither the requests sent since, nor new work on new cases.
    const afterRecovery = answers.filter((a) => a.sentAt >= recoveredAt);
    expect(afterRecovery.filter((a) => a.status >= 500)).toEqual([]);
    const fresh = await pool(Array.from({ length: 6 }, (_, i) => i), 3, async (i) => {
      const opened = await api.http.post('/api/v1/cases').set(auth(token)).set('Idempotency-Key', `after-${run}-${i}`).send(openCaseBody(`After the crash ${i}`));
      expect(opened.status).toBe(201);
      const visit = await api.http.post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(auth(token)).send({ note: 'after' });
      expect(visit.status).toBe(200);
      return opened.body.id as string;
    });
    expect(await sequenceProblems(cluster.db, fresh)).toEqual([]);
    for (const worker of workers) expect(worker.process.exitCode).toBeNull();
    expect(cluster.temporal.process.exitCode).toBeNull();

    // How hard the crash hit the activities (reported, not required: whether an append was in flight at
    // the instant of the SIGKILL is timing; the batch being cut short is required below).
    let maxAttempt = 1;
    const temporal = await temporalClient(cluster.config.TEMPORAL_ADDRESS);
    try {
      for (const id of ids) {
        const history = await temporal.client.workflow.getHandle(`case-${id}`).fetchHistory();
        for (const e of history.events ?? []) maxAttempt = Math.max(maxAttempt, e.activityTaskStartedEventAttributes?.attempt ?? 1);
      }
    } finally {
      await temporal.close();
    }
    expect(before).toBeLessThan(ids.length);
    const tally = (list: { status: number }[]) => list.reduce<Record<number, number>>((a, s) => ({ ...a, [s.status]: (a[s.status] ?? 0) + 1 }), {});
    console.info(
      `PostgreSQL SIGKILLed after ${before}/${ids.length} visit events, down ${downMs} ms, /health ok ${recoveredAt - crashedAt} ms after the crash; ` +
        `most attempts of one activity: ${maxAttempt}; answers before recovery ${JSON.stringify(tally(answers.filter((a) => a.sentAt < recoveredAt)))}, ` +
        `after ${JSON.stringify(tally(afterRecovery))}`,
    );
  }, 300_000);
});
