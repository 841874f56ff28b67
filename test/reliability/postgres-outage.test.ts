import { Client } from '@temporalio/client';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import { requestVisitUpdate } from '@mou/workflows';
import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildPostgres,
  ChildWorker,
  DAY,
  eventually,
  openCaseBody,
  pool,
  prepareDatabase,
  reliabilityConfig,
  sequenceProblems,
  sleep,
  spawnPostgres,
  spawnWorker,
  stablePort,
  startApi,
  temporalClient,
  within,
  workerEnv,
} from './support';

const DIRECT = 20; // actions sent straight to the workflows: in flight in the worker when PostgreSQL stops
const THROUGH_API = 20; // actions through the API, retried by the client while the database is away
const REQUEST_TIMEOUT = { response: 45_000, deadline: 60_000 };

/**
 * PostgreSQL (its own embedded server, fixed port and data directory) is stopped while the worker
 * writes events, and started again on the same directory and port. The event-writing activities
 * fail and are retried by Temporal; each append is idempotent on (case, sequence), so nothing is
 * lost and nothing is written twice.
 */
describe('reliability: PostgreSQL stopped while the worker writes events', () => {
  let dir: string;
  let port: number;
  let pg: ChildPostgres;
  let config: AppConfig;
  let db: DataSource;
  let api: ApiUnderTest;
  let worker: ChildWorker;
  let temporal: { client: Client; close(): Promise<void> };

  const startPostgres = () => spawnPostgres(join(dir, 'pg'), port);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mou-rel-pg-'));
    chmodSync(dir, 0o755); // the postgres system user must traverse it when tests run as root
    port = await stablePort();
    pg = await startPostgres();
    const url = await prepareDatabase(pg.adminUrl, 'rel_pg');
    config = reliabilityConfig(url, process.env.TEST_TEMPORAL_ADDRESS!);
    db = await createDataSource(url).initialize();
    worker = await spawnWorker(workerEnv(config));
    api = await startApi(config);
    temporal = await temporalClient(config.TEMPORAL_ADDRESS);
  }, 120_000);

  afterAll(async () => {
    await worker?.kill();
    await api?.stop();
    await temporal?.close();
    await db?.destroy().catch(() => undefined);
    await pg?.stop().catch(() => undefined);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('retries the activities through the outage: every event once, no gap, every chain valid', async () => {
    const token = await api.login('investigator@example.gov');
    const me = (await api.http.get('/api/v1/auth/me').set(auth(token)).expect(200)).body as { id: string };
    const ids = await within(
      pool(Array.from({ length: DIRECT + THROUGH_API }, (_, i) => i), 8, async (i) => {
        const res = await api.http.post('/api/v1/cases').timeout(REQUEST_TIMEOUT).set(auth(token)).send(openCaseBody(`Outage case ${i}`)).expect(201);
        return res.body.id as string;
      }),
      60_000,
      'opening the cases',
      worker,
    );
    const direct = ids.slice(0, DIRECT);
    const viaApi = ids.slice(DIRECT);
    // Backdated 50 days: each request also fires its day-45 reminder, a second event to write.
    const requestedAt = new Date(Date.now() - 50 * DAY).toISOString();

    const countVisits = async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM case_events WHERE type = 'VISIT_REQUESTED'`);
      return row.n as number;
    };

    const directUpdates = direct.map((id) =>
      temporal.client.workflow
        .getHandle(`case-${id}`)
        .executeUpdate(requestVisitUpdate, { args: [{ actor: { id: me.id, role: 'investigator' }, at: requestedAt, note: 'sent during the outage' }] }),
    );
    const statuses: number[] = [];
    const apiActions = pool(viaApi, 4, async (id) => {
      for (let attempt = 0; attempt < 120; attempt++) {
        const res = await api.http
          .post(`/api/v1/cases/${id}/visit-requests`)
          .timeout(REQUEST_TIMEOUT)
          .set(auth(token))
          .send({ requestedAt, note: 'through the API' })
          .catch((error: Error) => ({ status: 0, body: { error: error.message } }));
        statuses.push(res.status);
        expect(JSON.stringify(res.body)).not.toMatch(/node_modules|\.ts:\d+|QueryFailedError|ECONNREFUSED/);
        if (res.status === 200 || res.status === 409) return;
        await sleep(500);
      }
      throw new Error(`visit request for ${id} never went through`);
    });

    // Stop PostgreSQL once the first events are in, while the rest are being written.
    await within(eventually(async () => (await countVisits()) >= 3, 30_000, 'first events written', 50), 40_000, 'the first events', worker);
    const before = await countVisits();
    await within(pg.stop(), 60_000, 'stopping PostgreSQL', worker);
    const stoppedAt = Date.now();
    await within(sleep(4000), 10_000, 'PostgreSQL away', worker);
    pg = await within(startPostgres(), 70_000, 'starting PostgreSQL again', worker);
    const downMs = Date.now() - stoppedAt;

    await within(Promise.all(directUpdates), 90_000, 'the updates sent during the outage', worker);
    await within(apiActions, 60_000, 'the API requests sent during the outage', worker);
    await within(
      eventually(async () => [...(await caseEvents(db, ids)).values()].every((rows) => rows.length >= 3), 60_000, 'every reminder committed'),
      70_000,
      'the reminders',
      worker,
    );
    await sleep(1500); // anything doubled would land now

    const events = await caseEvents(db, ids);
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
    expect(await sequenceProblems(db, ids)).toEqual([]);
    const [{ n: deadlines }] = await db.query(`SELECT count(*)::int AS n FROM deadlines WHERE case_id = ANY($1::uuid[])`, [ids]);
    expect(deadlines).toBe(ids.length);
    const [{ n: escalations }] = await db.query(`SELECT count(*)::int AS n FROM escalations WHERE case_id = ANY($1::uuid[])`, [ids]);
    expect(escalations).toBe(ids.length);
    for (const id of ids) {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect({ id, ...res.body }).toEqual({ id, valid: true, events: 3, head: { sequence: 3, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    }

    // The outage really hit the activities: some appends needed more than one attempt.
    let maxAttempt = 1;
    for (const id of direct) {
      const history = await temporal.client.workflow.getHandle(`case-${id}`).fetchHistory();
      for (const e of history.events ?? []) maxAttempt = Math.max(maxAttempt, e.activityTaskStartedEventAttributes?.attempt ?? 1);
    }
    expect(before).toBeLessThan(ids.length);
    expect(maxAttempt).toBeGreaterThan(1);
    console.info(
      `PostgreSQL down ${downMs} ms after ${before}/${ids.length} visit events; most attempts of one append: ${maxAttempt}; ` +
        `API answers while it was away: ${JSON.stringify(statuses.reduce<Record<number, number>>((a, s) => ({ ...a, [s]: (a[s] ?? 0) + 1 }), {}))}`,
    );
  }, 300_000);
});
