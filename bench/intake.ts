/**
 * Case intake: cases opened per second through `POST /api/v1/cases` (sign-in token, validation,
 * Idempotency-Key claim, update-with-start of the case workflow, first event committed, detail read
 * back), against bare `client.workflow.start` calls on the same Temporal server, and against bare
 * update-with-start calls (the same Temporal and worker work as the API, without the HTTP layer).
 */
import { WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { CaseStageKey } from '@mou/temporal';
import { caseOpenedUpdate, InspectionCaseInput } from '@mou/workflows';
import { scaled, TARGET_SIZES } from './scale';
import { cpuNow, CpuMs, cpuSpent } from './cpu';
import { BenchStack } from './stack';
import { load, sleep, Summary, summarize } from './stats';

export const INTAKE_LEVELS = [1, 8, 32];
const MAX_MS = 10_000;

export interface IntakeRun {
  done: number;
  errors: number;
  perSecond: number;
  latency: Summary;
  /** CPU milliseconds each process of the stack spent per case done (bench/cpu.ts). */
  cpuPerCase: CpuMs;
}

export interface IntakeLevel {
  concurrency: number;
  api: IntakeRun;
  bareStart: IntakeRun;
  updateWithStart: IntakeRun;
}

export interface IntakeResult {
  facilities: number;
  levels: IntakeLevel[];
}

const allegation = (i: number) => ({ summary: `Benchmark allegation ${i}: presses made in a labor camp`, source: 'Benchmark', productCategories: ['MACHINE_PRESSES'] });

async function measure(stack: BenchStack, concurrency: number, count: number, work: (i: number) => Promise<boolean>): Promise<IntakeRun> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = cpuNow(stack.pids());
  const { done, elapsedMs } = await load(concurrency, count, MAX_MS, async (i) => {
    const started = performance.now();
    const ok = await work(i).catch(() => false);
    if (ok) latencies.push(performance.now() - started);
    else errors++;
  });
  // Work the run left behind (the facility hearing of each case, timers set) is counted with it.
  await sleep(1000);
  const spent = cpuSpent(cpuBefore, cpuNow(stack.pids()));
  const ok = Math.max(1, done - errors);
  const cpuPerCase = Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, v / ok])) as CpuMs;
  return { done, errors, perSecond: ((done - errors) / elapsedMs) * 1000, latency: summarize(latencies), cpuPerCase };
}

const cpuLine = (cpu: CpuMs) => Object.entries(cpu).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');

export async function benchIntake(stack: BenchStack, log: (line: string) => void): Promise<IntakeResult> {
  const supervisor = await stack.login('supervisor@example.gov');
  const token = await stack.login('investigator@example.gov');
  const me = JSON.parse((await stack.api.request('GET', '/api/v1/auth/me', { token })).text) as { id: string };
  // Cases spread over 50 facilities, as in real life (one facility's workflow hears of each case opened on it).
  const facilities: string[] = [];
  for (let i = 0; i < 50; i++) {
    const res = await stack.api.request('POST', '/api/v1/facilities', { token: supervisor, body: { name: `Benchmark facility ${i}`, province: 'Hebei' } });
    facilities.push((JSON.parse(res.text) as { id: string }).id);
  }
  const input = (i: number, caseId: string): InspectionCaseInput => ({
    caseId,
    facilityId: facilities[i % facilities.length],
    allegation: allegation(i),
    openedBy: me.id,
    assigneeId: me.id,
    openedAt: new Date().toISOString(),
  });

  const viaApi = async (i: number) => {
    const res = await stack.api.request('POST', '/api/v1/cases', {
      token,
      headers: { 'idempotency-key': randomUUID() },
      body: { facilityId: facilities[i % facilities.length], allegation: allegation(i) },
    });
    return res.status === 201;
  };
  const bareStart = async (i: number) => {
    const caseId = randomUUID();
    await stack.temporal.workflow.start('inspectionCase', {
      workflowId: `bench-bare-${caseId}`,
      taskQueue: 'bench-bare-start', // no worker polls it: only the start itself is measured
      args: [input(i, caseId)],
      typedSearchAttributes: [{ key: CaseStageKey, value: 'OPEN' }],
    });
    return true;
  };
  const updateWithStart = async (i: number) => {
    const caseId = randomUUID();
    await stack.temporal.workflow.executeUpdateWithStart(caseOpenedUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation('inspectionCase', {
        workflowId: `case-${caseId}`,
        taskQueue: stack.taskQueue,
        args: [input(i, caseId)],
        workflowIdConflictPolicy: 'USE_EXISTING',
        typedSearchAttributes: [{ key: CaseStageKey, value: 'OPEN' }],
      }),
    });
    return true;
  };

  log('intake: warming up');
  await measure(stack, 4, 40, async (i) => (await viaApi(i)) && (await bareStart(i)) && updateWithStart(i)).catch(() => undefined);
  await sleep(1000);

  const levels: IntakeLevel[] = [];
  for (const concurrency of INTAKE_LEVELS) {
    const count = scaled(TARGET_SIZES.intake[concurrency], 4 * concurrency);
    const bare = await measure(stack, concurrency, count, bareStart);
    await sleep(1000);
    const uws = await measure(stack, concurrency, count, updateWithStart);
    await sleep(2000);
    const api = await measure(stack, concurrency, count, viaApi);
    await sleep(2000);
    levels.push({ concurrency, api, bareStart: bare, updateWithStart: uws });
    log(
      `intake c=${concurrency}: API ${api.perSecond.toFixed(1)}/s (p50 ${api.latency.p50.toFixed(0)} ms, p95 ${api.latency.p95.toFixed(0)} ms, ${api.errors} errors); ` +
        `bare start ${bare.perSecond.toFixed(1)}/s; update-with-start ${uws.perSecond.toFixed(1)}/s → API/bare ${(api.perSecond / bare.perSecond).toFixed(2)}; ` +
        `CPU ms per case: API ${cpuLine(api.cpuPerCase)}; update-with-start ${cpuLine(uws.cpuPerCase)}; bare start ${cpuLine(bare.cpuPerCase)}`,
    );
  }
  return { facilities: facilities.length, levels };
}
