/**
 * Capacity figures of a running cluster profile (`npm run start:cluster`), for docs/capacity.md:
 * bare `client.workflow.start` on its Temporal server (to a task queue no worker polls: the start
 * alone), and `POST /api/v1/cases` through the balancer (both API instances) and through one
 * instance, at a few concurrencies. Run with the cluster up:
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register test/cluster/measure-capacity.ts
 * TEMPORAL_ADDRESS (127.0.0.1:7233), API_URL (http://127.0.0.1:3000), BALANCER_URL (http://127.0.0.1:3080) override.
 */
import { Client, Connection } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { CaseStageKey } from '@mou/temporal';
import { InspectionCaseInput } from '@mou/workflows';
import { HttpClient } from '../../bench/http';
import { load, summarize } from '../../bench/stats';

const LEVELS = [1, 8, 32];
const COUNT: Record<number, number> = { 1: 40, 8: 200, 32: 400 };
const MAX_MS = 15_000;
const FACILITY = '5d1f6a3e-0000-4000-8000-000000000001';

async function measure(concurrency: number, work: (i: number) => Promise<boolean>) {
  const latencies: number[] = [];
  let errors = 0;
  const { done, elapsedMs } = await load(concurrency, COUNT[concurrency], MAX_MS, async (i) => {
    const started = performance.now();
    if (await work(i).catch(() => false)) latencies.push(performance.now() - started);
    else errors++;
  });
  const s = summarize(latencies);
  return { perSecond: ((done - errors) / elapsedMs) * 1000, p50: s.p50, p95: s.p95, errors };
}

function client(url: string): HttpClient {
  const u = new URL(url);
  return new HttpClient(u.hostname, Number(u.port));
}

async function main(): Promise<void> {
  const address = process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233';
  const connection = await Connection.connect({ address });
  const temporal = new Client({ connection });
  const info = await connection.workflowService.getClusterInfo({});
  const balancer = client(process.env.BALANCER_URL ?? 'http://127.0.0.1:3080');
  const single = client(process.env.API_URL ?? 'http://127.0.0.1:3000');
  const login = await balancer.request('POST', '/api/v1/auth/login', { body: { email: 'investigator@example.gov', password: 'demo-password' } });
  const token = (JSON.parse(login.text) as { accessToken: string }).accessToken;
  const me = JSON.parse((await balancer.request('GET', '/api/v1/auth/me', { token })).text) as { id: string };
  const allegation = (i: number) => ({ summary: `Capacity allegation ${i}: presses made in a labor camp`, source: 'Capacity run', productCategories: ['MACHINE_PRESSES'] });

  const bareStart = async (i: number) => {
    const caseId = randomUUID();
    const input: InspectionCaseInput = { caseId, facilityId: FACILITY, allegation: allegation(i), openedBy: me.id, assigneeId: me.id, openedAt: new Date().toISOString() };
    await temporal.workflow.start('inspectionCase', {
      workflowId: `capacity-bare-${caseId}`,
      taskQueue: 'capacity-bare-start',
      args: [input],
      typedSearchAttributes: [{ key: CaseStageKey, value: 'OPEN' }],
    });
    return true;
  };
  const openCase = (http: HttpClient) => async (i: number) =>
    (await http.request('POST', '/api/v1/cases', { token, headers: { 'idempotency-key': randomUUID() }, body: { facilityId: FACILITY, allegation: allegation(i) } })).status === 201;

  console.log(
    `Temporal ${info.serverVersion}, ${info.persistenceStore}, ${info.historyShardCount} shards; ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  );
  await measure(8, openCase(balancer)); // warm-up
  console.log('| concurrency | bare start/s (p50 / p95) | POST /cases, 2 instances: /s (p50 / p95) | POST /cases, 1 instance: /s (p50 / p95) |');
  console.log('|---|---|---|---|');
  for (const c of LEVELS) {
    const bare = await measure(c, bareStart);
    const two = await measure(c, openCase(balancer));
    const one = await measure(c, openCase(single));
    const cell = (r: Awaited<ReturnType<typeof measure>>) =>
      `${r.perSecond.toFixed(1)} (${r.p50.toFixed(0)} ms / ${r.p95.toFixed(0)} ms)${r.errors ? `, ${r.errors} errors` : ''}`;
    console.log(`| ${c} | ${cell(bare)} | ${cell(two)} | ${cell(one)} |`);
  }
  console.log(`load after: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
