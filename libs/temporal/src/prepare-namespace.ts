import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { registerSearchAttributes } from './register-search-attributes';

/** How long Temporal keeps the history of a closed workflow (a closed case, a decided entry) for operators. */
export const NAMESPACE_RETENTION_DAYS = 30;

const NOT_FOUND = 5;

const isNotFound = (error: unknown) => (error as { code?: number }).code === NOT_FOUND;

/**
 * Makes a namespace ready for this application on any Temporal server: registers it when missing
 * (a server on PostgreSQL starts without one; the dev server makes `default` itself), then the
 * custom search attributes. Idempotent; used by `npm start`, `npm run start:cluster` and
 * docker-compose's `migrate`.
 */
export async function prepareNamespace(connection: Connection, namespace: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  try {
    await connection.workflowService.describeNamespace({ namespace });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    await connection.workflowService
      .registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${NAMESPACE_RETENTION_DAYS} days`) })
      .catch((e: unknown) => {
        // Registered meanwhile by another starter.
        if ((e as { code?: number }).code !== 6) throw e;
      });
  }
  // A namespace just registered reaches every service of the server within its cache refresh interval.
  for (;;) {
    try {
      await registerSearchAttributes(connection, namespace);
      return;
    } catch (error) {
      if (!isNotFound(error) || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
