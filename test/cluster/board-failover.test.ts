import { Browser, chromium, Page } from 'playwright-core';
import request from 'supertest';
import { Balancer, startBalancer } from '../../tools/stack/balancer';
import { chromiumPath } from '../browser/browser';
import { auth, ChildWorker, DAY, eventually, spawnWorker, stablePort, workerEnv } from '../reliability/support';
import { ChildApi, ClusterUnderTest, spawnApi, startCluster } from './cluster';

const STREAM = '/api/v1/events/stream';

/**
 * Two API instances (their own processes) behind the balancer of `npm run start:cluster`; a
 * supervisor's deadline board in Chromium streams live events through it from one instance. That
 * instance is SIGKILLed, and a breach is committed before the board's stream is back: the board
 * reconnects, now to the other instance, and resynchronises its counts without a reload.
 */
describe('cluster: the API instance a supervisor’s board streams from, SIGKILLed', () => {
  let cluster: ClusterUnderTest;
  let workers: ChildWorker[];
  let apis: ChildApi[];
  let balancer: Balancer;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    cluster = await startCluster('board_failover');
    const ports = [await stablePort(), await stablePort()];
    [workers, apis] = await Promise.all([
      Promise.all([spawnWorker(workerEnv(cluster.config)), spawnWorker(workerEnv(cluster.config))]),
      Promise.all(ports.map((port) => spawnApi(cluster.config, port))),
    ]);
    balancer = await startBalancer({ port: await stablePort(), upstreams: apis.map((a) => a.url) });
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await balancer?.stop();
    for (const api of apis ?? []) await api.kill();
    for (const worker of workers ?? []) await worker.kill();
    await cluster?.stop();
  });

  const http = () => request(balancer.url);
  const countOf = async (page: Page, state: string) => Number(await page.locator(`button.count[data-state="${state}"] .count-n`).textContent());

  async function login(email: string): Promise<string> {
    const res = await http().post('/api/v1/auth/login').send({ email, password: 'demo-password' }).expect(200);
    return res.body.accessToken as string;
  }

  /** A case whose visit was requested `daysAgo` days ago (past 60 days: its PRC_VISIT clock is overdue at once). */
  async function overdueCase(token: string, summary: string, daysAgo: number): Promise<string> {
    const opened = await http()
      .post('/api/v1/cases')
      .set(auth(token))
      .send({ facilityId: '5d1f6a3e-0000-4000-8000-000000000001', allegation: { summary, source: 'NGO report', productCategories: ['GRAPHITE'] } })
      .expect(201);
    await http().post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(auth(token)).send({ requestedAt: new Date(Date.now() - daysAgo * DAY).toISOString() }).expect(200);
    return opened.body.id as string;
  }

  it('reconnects to the other instance and resynchronises the counts, without a reload', async () => {
    const investigator = await login('investigator@example.gov');
    await overdueCase(investigator, 'Graphite mined by prisoners', 70);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: balancer.url });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/');
    await page.getByLabel('E-mail').fill('supervisor@example.gov');
    await page.getByLabel('Password').fill('demo-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deadline board' }).waitFor();
    await page.locator('.live-indicator[data-state="live"]').waitFor();
    await eventually(async () => (await countOf(page, 'overdue')) >= 1, 15_000, 'the first overdue case on the board');
    const before = await countOf(page, 'overdue');
    await page.evaluate('window.notReloaded = true');

    // The instance behind the board's stream.
    await eventually(async () => balancer.inFlight().some((r) => r.path === STREAM), 10_000, 'the stream through the balancer');
    const streamingFrom = balancer.inFlight().find((r) => r.path === STREAM)!.upstream;
    const victim = apis.find((a) => a.url === streamingFrom)!;
    const survivor = apis.find((a) => a !== victim)!;

    // Hold the board's next stream request until the breach below is committed, so that the
    // board can learn of it only by resynchronising; the request then goes on to the balancer.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    await page.route(`**${STREAM}`, async (route) => {
      await gate;
      await route.continue();
    });

    victim.process.kill('SIGKILL');
    await eventually(async () => (await page.locator('.live-indicator').getAttribute('data-state')) === 'retrying', 15_000, 'the board noticing the lost stream');
    const breached = await overdueCase(investigator, 'Graphite sorted in a labor camp', 65);
    await eventually(
      async () => (await cluster.db.query(`SELECT 1 FROM case_events WHERE case_id = $1 AND type = 'ESCALATION_STEP' AND payload->>'step' = 'BREACH'`, [breached])).length === 1,
      30_000,
      'the second breach committed',
    );
    release();

    await page.locator('.live-indicator[data-state="live"]').waitFor({ timeout: 30_000 });
    await eventually(async () => balancer.inFlight().some((r) => r.path === STREAM && r.upstream === survivor.url), 10_000, 'the stream from the other instance');
    await eventually(async () => (await countOf(page, 'overdue')) === before + 1, 20_000, 'the overdue count resynchronised');
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    expect(victim.process.signalCode).toBe('SIGKILL');

    // Live again, from the survivor: the next breach arrives as an event.
    await overdueCase(investigator, 'Graphite packed in a prison workshop', 66);
    await eventually(async () => (await countOf(page, 'overdue')) === before + 2, 20_000, 'the next breach live');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
