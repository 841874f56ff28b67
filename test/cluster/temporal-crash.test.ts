import {
  ApiUnderTest,
  auth,
  caseEvents,
  ChildWorker,
  DAY,
  eventually,
  openCaseBody,
  sequenceProblems,
  sleep,
  spawnWorker,
  startApi,
  workerEnv,
} from '../reliability/support';
import { ClusterUnderTest, startCluster } from './cluster';

/**
 * The Temporal server (on PostgreSQL, 16 shards) is SIGKILLed while breaches are pending and started
 * again on the same databases and ports: some clocks fall due while it is down, the rest after it is
 * back. Its timers are rows in PostgreSQL, so every clock still fires, once, none early, in the
 * order of its instant. Two workers and the API stay up throughout.
 */
const ORDER_SLACK_MS = 12_000;

describe('cluster: the Temporal server SIGKILLed with clocks pending', () => {
  let cluster: ClusterUnderTest;
  let api: ApiUnderTest;
  let workers: ChildWorker[];

  beforeAll(async () => {
    cluster = await startCluster('temporal_crash');
    workers = await Promise.all([spawnWorker(workerEnv(cluster.config)), spawnWorker(workerEnv(cluster.config))]);
    api = await startApi(cluster.config);
  }, 240_000);

  afterAll(async () => {
    for (const worker of workers ?? []) await worker.kill();
    await api?.stop();
    await cluster?.stop();
  });

  it('fires every pending breach once after the restart, none early, in the order of their instants', async () => {
    const token = await api.login('investigator@example.gov');
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await api.http.post('/api/v1/cases').set(auth(token)).send(openCaseBody(`Crash case ${i}`)).expect(201)).body.id);
    }
    // The first two breaches fall due while the server is down, the other four after it is back.
    const t0 = Date.now();
    const offsets = [14, 17, 32, 38, 44, 50].map((s) => s * 1000);
    const dueAt = offsets.map((o) => t0 + o);
    for (let i = 0; i < ids.length; i++) {
      await api.http
        .post(`/api/v1/cases/${ids[i]}/visit-requests`)
        .set(auth(token))
        .send({ requestedAt: new Date(dueAt[i] - 60 * DAY).toISOString() })
        .expect(200);
    }
    // The day-45 reminders are already past: they fire at once.
    await eventually(async () => [...(await caseEvents(cluster.db, ids)).values()].every((rows) => rows.length >= 3), 20_000, 'reminders committed');

    await cluster.crashTemporal();
    const killedAt = Date.now();
    expect(cluster.temporal.process.signalCode).toBe('SIGKILL');
    await sleep(Math.max(0, dueAt[1] + 1000 - Date.now()));
    await cluster.restartTemporal();
    const restartedAt = Date.now();

    await eventually(
      async () => [...(await caseEvents(cluster.db, ids)).values()].every((rows) => rows.some((r) => r.type === 'DIPLOMATIC_NOTE_DRAFTED')),
      90_000,
      'every breach committed, with the note drafted at it',
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n--- Temporal server log ---\n${cluster.temporalLog()}`);
    });
    await sleep(3000); // a breach fired twice would land now

    const events = await caseEvents(cluster.db, ids);
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
    const duringOutage = breaches.filter((b) => b.dueAt > killedAt && b.dueAt < restartedAt);
    const afterRestart = breaches.filter((b) => b.dueAt >= restartedAt);
    expect({ duringOutage: duringOutage.length > 0, afterRestart: afterRestart.length >= 2 }).toEqual({ duringOutage: true, afterRestart: true });
    for (const b of breaches) expect(b.recordedAt).toBeGreaterThanOrEqual(b.dueAt - 5);
    for (const b of duringOutage) expect(b.recordedAt).toBeGreaterThanOrEqual(restartedAt - 1000);
    for (const a of duringOutage) for (const b of afterRestart) expect(a.recordedAt).toBeLessThan(b.recordedAt);
    // Independent workflows: right after a restart a fired timer's workflow task may reach a worker
    // up to ~10 s late (a task handed to a poll the crash cut is retried after its timeout), so only
    // instants at least ORDER_SLACK_MS apart must commit in order.
    for (const a of afterRestart) {
      for (const b of afterRestart) {
        if (b.dueAt - a.dueAt >= ORDER_SLACK_MS) expect({ a: a.i, b: b.i, inOrder: a.recordedAt < b.recordedAt }).toEqual({ a: a.i, b: b.i, inOrder: true });
      }
    }
    for (const b of breaches) expect(b.recordedAt - Math.max(b.dueAt, restartedAt)).toBeLessThan(30_000);
    expect(await sequenceProblems(cluster.db, ids)).toEqual([]);
    for (const id of ids) {
      const res = await api.http.get(`/api/v1/cases/${id}/verification`).set(auth(token)).expect(200);
      expect(res.body).toMatchObject({ valid: true, events: 5 });
    }
    // The workers rode out the crash.
    for (const worker of workers) expect(worker.process.exitCode).toBeNull();
    const lateness = breaches.map((b) => b.recordedAt - Math.max(b.dueAt, restartedAt));
    console.info(
      `Temporal server SIGKILLed, down ${restartedAt - killedAt} ms (restart included); breach commit after max(due, restart): ${lateness.map((l) => `${l} ms`).join(', ')}`,
    );
  }, 240_000);
});
