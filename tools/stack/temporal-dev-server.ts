import { ChildProcess, spawn } from 'node:child_process';
import { temporalCliPath } from './temporal-binaries';
import { freePort, waitForPort } from './free-port';

export interface TemporalDevServer {
  address: string;
  uiUrl: string | undefined;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface TemporalDevServerOptions {
  /** SQLite file that keeps workflows across restarts; in memory when omitted. */
  dbFilename?: string;
  port?: number;
  uiPort?: number;
  ui?: boolean;
  namespace?: string;
  log?: (line: string) => void;
}

/** Starts `temporal server start-dev` on loopback and resolves once its frontend accepts connections. */
export async function startTemporalDevServer(options: TemporalDevServerOptions = {}): Promise<TemporalDevServer> {
  const port = options.port ?? (await freePort());
  const ui = options.ui ?? false;
  const uiPort = options.uiPort ?? (ui ? await freePort() : undefined);
  const args = ['server', 'start-dev', '--ip', '127.0.0.1', '--port', String(port), '--log-level', 'error'];
  if (options.namespace && options.namespace !== 'default') args.push('--namespace', options.namespace);
  if (options.dbFilename) args.push('--db-filename', options.dbFilename);
  if (ui && uiPort) args.push('--ui-port', String(uiPort));
  else args.push('--headless');
  const child = spawn(temporalCliPath(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = options.log;
  child.stdout?.on('data', (d: Buffer) => log?.(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log?.(d.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`temporal server start-dev exited early with code ${code}`))),
  );
  await Promise.race([waitForPort('127.0.0.1', port, 60_000), exited]);
  // The frontend accepts TCP a little before it serves the namespace; callers retry their first RPC.
  return {
    address: `127.0.0.1:${port}`,
    uiUrl: ui && uiPort ? `http://127.0.0.1:${uiPort}` : undefined,
    process: child,
    stop: () => stopChild(child),
  };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
