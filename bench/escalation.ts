/**
 * Escalation latency: from a deadline's instant to its breach event committed in PostgreSQL and
 * pushed on the SSE stream, with many deadlines falling due in the same minute (visit requests
 * backdated so that each 60-day clock runs out inside one minute), against the baseline of a few
 * breaches falling due alone, seconds apart, in the same run.
 */
import { cpuNow, CpuMs, cpuSpent } from './cpu';
import { BenchStack } from './stack';
import { load, sleep, Summary, summarize } from './stats';

const DAY = 86_400_000;
const PILOT = 48;

export interface LatencySet {
  deadlines: number;
  breached: number;
  /** Requests that completed after their own instant (the setup was too slow for them): left out. */
  lateSetup: number;
  commit: Summary;
  sse: Summary;
  ssePushed: number;
}

export interface EscalationResult {
  baseline: LatencySet;
  storm: LatencySet & {
    windowMs: number;
    setupOpenPerSecond: number;
    setupMs: number;
    /** CPU milliseconds per breach each process spent from the minute's start until the last push, less what it spends idle. */
    cpuPerBreach?: CpuMs;
  };
  caseIds: string[];
}

interface Subject {
  caseId: string;
  dueAt: number;
  requestDoneAt: number;
}

export async function benchEscalation(stack: BenchStack, deadlines: number, log: (line: string) => void): Promise<EscalationResult> {
  const investigator = await stack.login('investigator@example.gov');
  const supervisor = await stack.login('supervisor@example.gov');
  const facilities: string[] = [];
  for (let i = 0; i < 20; i++) {
    const res = await stack.api.request('POST', '/api/v1/facilities', { token: supervisor, body: { name: `Escalation facility ${i}` } });
    facilities.push((JSON.parse(res.text) as { id: string }).id);
  }

  // The supervisor's live stream: every case event, with its local arrival time.
  const arrivals = new Map<string, number>();
  const stream = stack.api.stream(`/api/v1/events/stream?access_token=${encodeURIComponent(supervisor)}`, (type, data, at) => {
    if (type === 'ESCALATION_STEP' && data.stream === 'case') arrivals.set(`${String(data.id)}:${String(data.sequence)}`, at);
  });
  if ((await stream.ready) !== 200) throw new Error('the event stream did not open');

  const openCases = async (n: number, concurrency: number): Promise<{ ids: string[]; perSecond: number }> => {
    const ids: string[] = [];
    const { elapsedMs } = await load(concurrency, n, 600_000, async (i) => {
      const res = await stack.api.request('POST', '/api/v1/cases', {
        token: investigator,
        body: { facilityId: facilities[i % facilities.length], allegation: { summary: `Escalation case ${i}`, source: 'Benchmark', productCategories: ['GARMENTS'] } },
      });
      if (res.status !== 201) throw new Error(`open: ${res.status} ${res.text}`);
      ids.push((JSON.parse(res.text) as { id: string }).id);
    });
    return { ids, perSecond: (n / elapsedMs) * 1000 };
  };
  const requestVisits = async (subjects: Subject[], concurrency: number) => {
    await load(concurrency, subjects.length, 600_000, async (i) => {
      const s = subjects[i];
      const res = await stack.api.request('POST', `/api/v1/cases/${s.caseId}/visit-requests`, {
        token: investigator,
        body: { requestedAt: new Date(s.dueAt - 60 * DAY).toISOString() },
      });
      if (res.status !== 200) throw new Error(`visit request: ${res.status} ${res.text}`);
      s.requestDoneAt = Date.now();
    });
  };
  const breaches = async (ids: string[]) =>
    (
      await stack.pg.query<{ case_id: string; sequence: number; occurred_at: Date; recorded_at: Date }>(
        `SELECT case_id, sequence, occurred_at, recorded_at FROM case_events
          WHERE case_id = ANY($1::uuid[]) AND type = 'ESCALATION_STEP' AND payload->>'step' = 'BREACH'`,
        [ids],
      )
    ).rows;
  /** Waits (bounded) until every one of these cases has committed its day-45 reminder. */
  const remindersSettled = async (ids: string[], timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [{ n }] = (
        await stack.pg.query(`SELECT count(*)::int AS n FROM case_events WHERE case_id = ANY($1::uuid[]) AND payload->>'step' = 'REMINDER'`, [ids])
      ).rows;
      if (n >= ids.length || Date.now() > deadline) return n as number;
      await sleep(250);
    }
  };
  const measureSet = async (subjects: Subject[], waitUntil: number): Promise<LatencySet> => {
    const ids = subjects.map((s) => s.caseId);
    while (Date.now() < waitUntil && (await breaches(ids)).length < subjects.length) await sleep(1000);
    await sleep(1500); // the last pushes
    const rows = await breaches(ids);
    const byCase = new Map(rows.map((r) => [r.case_id, r]));
    const commit: number[] = [];
    const sse: number[] = [];
    let lateSetup = 0;
    for (const s of subjects) {
      if (s.requestDoneAt > s.dueAt) {
        lateSetup++;
        continue;
      }
      const row = byCase.get(s.caseId);
      if (!row) continue;
      commit.push(row.recorded_at.getTime() - s.dueAt);
      const pushed = arrivals.get(`${s.caseId}:${row.sequence}`);
      if (pushed !== undefined) sse.push(pushed - s.dueAt);
    }
    return { deadlines: subjects.length, breached: rows.length, lateSetup, commit: summarize(commit), sse: summarize(sse), ssePushed: sse.length };
  };

  try {
    // Baseline: ten breaches alone, 1.5 s apart.
    const lone = await openCases(10, 2);
    const loneStart = Date.now() + 6_000;
    const loneSubjects = lone.ids.map((caseId, i) => ({ caseId, dueAt: loneStart + i * 1500, requestDoneAt: 0 }));
    await requestVisits(loneSubjects, 1);
    const baseline = await measureSet(loneSubjects, loneStart + 10 * 1500 + 30_000);
    log(`escalation baseline (10 lone breaches): commit p50 ${baseline.commit.p50.toFixed(0)} ms, p95 ${baseline.commit.p95.toFixed(0)} ms; SSE p95 ${baseline.sse.p95.toFixed(0)} ms`);

    // The storm: `deadlines` clocks all running out within the same minute.
    const setupStarted = Date.now();
    const opened = await openCases(deadlines + PILOT, 16);
    log(`escalation: ${deadlines + PILOT} cases opened at ${opened.perSecond.toFixed(1)}/s`);
    // A pilot measures how fast requests go through now, each with the day-45 reminder it fires at once
    // (due in 10 days: no breach soon), so that the minute starts once the storm's setup has settled.
    const pilot = opened.ids.splice(0, PILOT).map((caseId) => ({ caseId, dueAt: Date.now() + 10 * DAY, requestDoneAt: 0 }));
    const pilotStarted = Date.now();
    await requestVisits(pilot, 16);
    await remindersSettled(pilot.map((p) => p.caseId), 120_000);
    const requestsPerSecond = (PILOT / (Date.now() - pilotStarted)) * 1000;
    const windowStart = Date.now() + (deadlines / requestsPerSecond) * 1000 * 1.2 + 10_000;
    const windowMs = 60_000;
    const subjects = opened.ids.map((caseId, i) => ({ caseId, dueAt: windowStart + Math.floor((i / deadlines) * windowMs), requestDoneAt: 0 }));
    await requestVisits(subjects, 16);
    await remindersSettled(opened.ids, Math.max(0, windowStart - Date.now()));
    const setupMs = Date.now() - setupStarted;
    log(`escalation: visits requested and reminders committed (pilot ${requestsPerSecond.toFixed(1)}/s); the minute starts in ${Math.round((windowStart - Date.now()) / 1000)} s`);
    // What the stack spends idle, read just before the minute, is taken off what the storm spends.
    const idleFrom = cpuNow(stack.pids());
    const idleStarted = Date.now();
    // (The whole wait before the minute: the setup has settled, so the longest quiet stretch there is.)
    await sleep(Math.max(1000, windowStart - Date.now() - 200));
    const idlePerMs = cpuSpent(idleFrom, cpuNow(stack.pids()));
    const idleMs = Date.now() - idleStarted;
    await sleep(Math.max(0, windowStart - Date.now()));
    const stormFrom = cpuNow(stack.pids());
    const stormStarted = Date.now();
    const storm = await measureSet(subjects, windowStart + windowMs + 120_000);
    const stormSpent = cpuSpent(stormFrom, cpuNow(stack.pids()));
    const stormMs = Date.now() - stormStarted;
    const cpuPerBreach = Object.fromEntries(
      Object.entries(stormSpent).map(([k, v]) => [k, Math.max(0, v - (idlePerMs[k as keyof CpuMs] / idleMs) * stormMs) / Math.max(1, storm.breached)]),
    ) as CpuMs;
    log(
      `escalation storm (${deadlines} in one minute): ${storm.breached} breached; commit p50 ${storm.commit.p50.toFixed(0)} ms, p95 ${storm.commit.p95.toFixed(0)} ms; ` +
        `SSE p95 ${storm.sse.p95.toFixed(0)} ms (${storm.ssePushed} pushed, ${storm.lateSetup} left out)`,
    );
    return { baseline, storm: { ...storm, windowMs, setupOpenPerSecond: opened.perSecond, setupMs, cpuPerBreach }, caseIds: [...lone.ids, ...pilot.map((p) => p.caseId), ...opened.ids] };
  } finally {
    stream.close();
  }
}
