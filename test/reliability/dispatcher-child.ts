/**
 * One notification dispatcher as its own process, so a test can kill it mid-send (SIGKILL): the
 * real NotificationDispatcher and mail transport against DATABASE_URL and the SMTP relay on
 * 127.0.0.1:SMTP_PORT, with the lease LEASE_MS. Says "ready" over IPC once polling. Run with
 * `node -r ts-node/register/transpile-only -r tsconfig-paths/register test/reliability/dispatcher-child.ts`.
 */
import { loadConfig } from '@mou/config';
import { createDataSource } from '@mou/persistence';
import { createMailTransport } from '../../apps/worker/src/notifications/mail-transport';
import { NotificationDispatcher } from '../../apps/worker/src/notifications/notification-dispatcher';

process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

async function main() {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: process.env.DATABASE_URL!,
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    JWT_SECRET: 'x'.repeat(32),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: process.env.SMTP_PORT!,
  });
  const db = await createDataSource(config.DATABASE_URL).initialize();
  const dispatcher = new NotificationDispatcher(db, createMailTransport(config), {
    from: config.SMTP_FROM,
    pollMs: Number(process.env.POLL_MS ?? 100),
    leaseMs: Number(process.env.LEASE_MS),
  });
  dispatcher.start();
  process.send?.('ready');
}

void main();
