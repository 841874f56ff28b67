import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import { connectWithRetry } from '../../libs/temporal/src/connect';
import { registerSearchAttributes } from '../../libs/temporal/src/register-search-attributes';
import { startTemporalDevServer, TemporalDevServer } from '../../tools/stack/temporal-dev-server';
import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildWorker,
  DAY,
  eventually,
  openCaseBody,
  prepareDatabase,
  reliabilityConfig,
  sequenceProblems,
  sleep,
  spawnWorker,
  stablePort,
  startApi,
  workerEnv,
} from './support';

/**
 * The Temporal dev server (history in SQLite, as `npm start` runs it) is stopped and started again
 * on the same file and port while breaches are pending: some fall due while it is down, the rest
 * after it is back. Every clock still fires, none early, strictly in the order of its instant.
 */
describe('reliability: the Temporal server restarted with clocks pending', () => {
  let dir: string;
  let port: number;
  let temporal: TemporalDevServer;
  let config: AppConfig;
  let db: DataSource;
  let api: ApiUnderTest;
  let worker: ChildWorker;

  const startTemporal = () => startTemporalDevServer({ dbFilename: join(dir, 'temporal.db'), port });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mou-rel-temporal-'));
    port = await stablePort();
    temporal = await startTemporal();
    const connection = await connectWithRetry(temporal.address);
    await registerSearchAttributes(connection, 'default');
    await connection.close();
    const url = await prepareDatabase(process.env.TEST_DATABASE_ADMIN_URL!, 'rel_temporal');
    config = reliabilityConfig(url, temporal.address);
    db = await createDataSource(url).initialize();
    worker = await spawnWorker(workerEnv(config));
    api = await startApi(config);
  }, 120_000);

  afterAll(async () => {
    await worker?.kill();
    await api?.stop();
    await db?.destroy();
    await temporal?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fires every pending breach after the restart, none early, in the order of their instants', async () => {
    const token = await api.login('investigator@example.gov');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await api.http.post('/api/v1/cases').set(auth(token)).send(openCaseBody(`Restart case ${i}`)).expect(201)).body.id);
    }
    // The first two breaches fall due while the server is down, the other four after it is back.
    const t0 = Date.now();
    const offsets = [12, 15, 28, 34, 40, 46].map((s) => s * 1000);
    const dueAt = offsets.map((o) => t0 + o);
    for (let i = 0; i < ids.length; i++) {
      await api.http
        .post(`/api/v1/cases/${ids[i]}/visit-requests`)
        .set(auth(token))
        .send({ requestedAt: new Date(dueAt[i] - 60 * DAY).toISOString() })
        .expect(200);
    }
    // The day-45 reminders are already past: they fire at once.
    await eventually(async () => [...(await caseEvents(db, ids)).values()].every((rows) => rows.length >= 3), 15_000, 'reminders committed');

    await temporal.stop();
    const stoppedAt = Date.now();
    await sleep(Math.max(0, dueAt[1] + 1000 - Date.now()));
    temporal = await startTemporal();
    const restartedAt = Date.now();

    await eventually(
      async () => [...(await caseEvents(db, ids)).values()].every((rows) => rows.some((r) => r.type === 'DIPLOMATIC_NOTE_DRAFTED')),
      60_000,
      'every breach committed, with the note drafted at it',
    );

    const events = await caseEvents(db, ids);
    const breaches = ids.map((id, i) => {
      const rows = events.get(id)!;
      expect(rows.map((r) => [r.type, r.payload.step ?? null])).toEqual([
        ['CASE_OPENED', null],
        ['VISIT_REQUESTED', null],
        ['ESCALATION_STEP', 'REMINDER'],
        ['ESCALATION_STEP', 'BREACH'],
        ['DIPLOMATIC_NOTE_DRAFTED', null],
      ]);
      return { i, recordedAt: rows[3].recorded_at.getTime(), dueAt: dueAt[i] };
    });
    // The scenario happened: some clocks fell due while the server was down, some after it was back.
    const duringOutage = breaches.filter((b) => b.dueAt > stoppedAt && b.dueAt < restartedAt);
    const afterRestart = breaches.filter((b) => b.dueAt >= restartedAt);
    expect({ duringOutage: duringOutage.length > 0, afterRestart: afterRestart.length >= 2 }).toEqual({ duringOutage: true, afterRestart: true });
    // None early; those due during the outage fire once the server is back, before any due later.
    for (const b of breaches) expect(b.recordedAt).toBeGreaterThanOrEqual(b.dueAt - 5);
    for (const b of duringOutage) expect(b.recordedAt).toBeGreaterThanOrEqual(restartedAt - 1000);
    // Clocks fire in the order they fall due: a clock falls due at its instant, or at the restart for
    // those whose instant passed while the server was down (those fall due together); every breach
    // commits before any breach that fell due after it. No slack.
    const fallsDue = (b: (typeof breaches)[number]) => Math.max(b.dueAt, restartedAt);
    const outOfOrder = breaches.flatMap((a) =>
      breaches
        .filter((b) => fallsDue(a) < fallsDue(b) && a.recordedAt >= b.recordedAt)
        .map((b) => `case ${a.i} due ${a.dueAt - t0} ms committed at ${a.recordedAt - t0} ms, not before case ${b.i} due ${b.dueAt - t0} ms committed at ${b.recordedAt - t0} ms`),
    );
    expect(outOfOrder).toEqual([]);
    for (const b of breaches) expect(b.recordedAt - Math.max(b.dueAt, restartedAt)).toBeLessThan(20_000);
    expect(await sequenceProblems(db, ids)).toEqual([]);
    for (const id of ids) {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect(res.body).toMatchObject({ valid: true, events: 5 });
    }
    const lateness = breaches.map((b) => b.recordedAt - Math.max(b.dueAt, restartedAt));
    console.info(
      `Temporal down ${restartedAt - stoppedAt} ms; breach commit after max(due, restart): ${lateness.map((l) => `${l} ms`).join(', ')}; ` +
        `worker ${worker.process.exitCode === null ? 'kept running' : `exited ${worker.process.exitCode}`}`,
    );
  }, 150_000);
});
