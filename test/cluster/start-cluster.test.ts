import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { freeTemporalPorts } from '../../tools/stack/temporal-server';
import { auth, openCaseBody, REPO_ROOT, sleep, stablePort } from '../reliability/support';
import { CLUSTER_SHARDS } from './cluster';

const LAUNCHER = join(REPO_ROOT, 'dist/tools/launcher/main.js');

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Two consecutive free ports (the launcher puts its API instances on API_PORT and the next). */
async function portPair(): Promise<number> {
  for (;;) {
    const port = await stablePort();
    if (!(await listening(port + 1))) return port;
  }
}

/**
 * `npm run start:cluster` as a user runs it (the built launcher, `--cluster`), on its own ports and
 * data folder: it brings up PostgreSQL, the Temporal server on it, two workers, two API instances and
 * the balancer, and /health on both instances says so; Ctrl-C (SIGINT) stops every process; the next
 * start finds the same data.
 */
describe('npm run start:cluster', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let ports: { api: number; balancer: number; temporal: number; pg: number };
  let launcher: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    if (!existsSync(LAUNCHER)) throw new Error(`${LAUNCHER} is missing: run npm run build first`);
    dir = mkdtempSync(join(tmpdir(), 'mou-start-cluster-'));
    chmodSync(dir, 0o755); // the postgres system user must traverse it when tests run as root
    ports = { api: await portPair(), balancer: await stablePort(), temporal: (await freeTemporalPorts()).frontend, pg: await stablePort() };
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'development',
      MOU_DATA_DIR: dir,
      API_PORT: String(ports.api),
      BALANCER_PORT: String(ports.balancer),
      TEMPORAL_PORT: String(ports.temporal),
      TEMPORAL_UI_PORT: String(await stablePort()),
      PG_PORT: String(ports.pg),
      MAIL_SINK_PORT: String(await stablePort()),
    };
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null && launcher.signalCode === null) {
      launcher.kill('SIGINT');
      await new Promise((r) => launcher!.once('exit', r));
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function start(): Promise<void> {
    output = '';
    launcher = spawn(process.execPath, [LAUNCHER, '--cluster'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const running = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not running within 150 s:\n${output.slice(-4000)}`)), 150_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        if (output.includes('Press Ctrl-C to stop everything')) {
          clearTimeout(timer);
          resolve();
        }
      };
      launcher!.stdout?.on('data', onData);
      launcher!.stderr?.on('data', onData);
      launcher!.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the launcher exited (${code}):\n${output.slice(-4000)}`));
      });
    });
    await running;
  }

  async function stop(): Promise<void> {
    const exited = new Promise<number | null>((r) => launcher!.once('exit', (code) => r(code)));
    launcher!.kill('SIGINT');
    expect(await exited).toBe(0);
  }

  const api1 = () => request(`http://127.0.0.1:${ports.api}`);
  const api2 = () => request(`http://127.0.0.1:${ports.api + 1}`);
  const web = () => request(`http://127.0.0.1:${ports.balancer}`);

  it('brings the system up on the Temporal server with PostgreSQL persistence, two workers and two API instances, and /health says so', async () => {
    await start();
    for (const address of [`http://127.0.0.1:${ports.api}/api/v1`, `http://127.0.0.1:${ports.api + 1}/api/v1`, `http://127.0.0.1:${ports.balancer}/`]) {
      expect(output).toContain(address);
    }
    // Workers poll within moments of starting.
    let health = (await api1().get('/api/v1/health').expect(200)).body;
    for (let i = 0; i < 40 && health.workers.polling < 2; i++) {
      await sleep(500);
      health = (await api1().get('/api/v1/health').expect(200)).body;
    }
    expect(health).toMatchObject({
      status: 'ok',
      database: { up: true },
      temporal: { up: true, serverVersion: '1.30.4', persistenceStore: 'postgres12', historyShardCount: CLUSTER_SHARDS },
      workers: { up: true, taskQueue: 'mou-casework', polling: 2 },
    });
    expect((await api2().get('/api/v1/health').expect(200)).body).toMatchObject({ temporal: { persistenceStore: 'postgres12' }, workers: { polling: 2 } });

    // Sign in on one instance, act through the balancer, read on the other: one system.
    const token = (await api1().post('/api/v1/auth/login').send({ email: 'investigator@example.gov', password: 'demo-password' }).expect(200)).body.accessToken;
    const opened = await web().post('/api/v1/cases').set(auth(token)).send(openCaseBody('Opened on the cluster profile')).expect(201);
    expect((await api2().get(`/api/v1/cases/${opened.body.id}`).set(auth(token)).expect(200)).body.reference).toBe(opened.body.reference);
    expect((await web().get('/').expect(200)).text).toContain('MOU Casework');

    // Ctrl-C stops everything.
    await stop();
    for (const port of [ports.api, ports.api + 1, ports.balancer, ports.temporal, ports.pg]) expect({ port, listening: await listening(port) }).toEqual({ port, listening: false });

    // The next start resumes: same data, the case's workflow still there to take the next action.
    await start();
    const again = (await api1().post('/api/v1/auth/login').send({ email: 'investigator@example.gov', password: 'demo-password' }).expect(200)).body.accessToken;
    await web().post(`/api/v1/cases/${opened.body.id}/visit-requests`).set(auth(again)).send({ note: 'after the restart' }).expect(200);
    const detail = (await api2().get(`/api/v1/cases/${opened.body.id}`).set(auth(again)).expect(200)).body;
    expect(detail.timeline.map((e: { type: string }) => e.type)).toEqual(['CASE_OPENED', 'VISIT_REQUESTED']);
    await stop();
  }, 400_000);
});
