import { EntityManager } from 'typeorm';

/** Channel on which committed events are announced to every API instance (LISTEN/NOTIFY). */
export const EVENTS_CHANNEL = 'mou_events';

export interface EventAnnouncement {
  /** `session`: the user `id`'s sessions ended (deactivated, password reset, role changed); their open streams close. */
  stream: 'case' | 'entry' | 'facility' | 'review' | 'session';
  id: string;
  sequence: number;
  type: string;
  occurredAt: string;
  /** For row-level filtering of the live stream. */
  assigneeId?: string;
  importerId?: string;
  /** The importer (organisation) of an entry's stream. */
  importerOrgId?: string | null;
}

/**
 * NOTIFY inside the event's transaction: PostgreSQL delivers it only if the transaction commits,
 * so listeners never hear of an event that was rolled back.
 */
export async function announce(em: EntityManager, event: EventAnnouncement): Promise<void> {
  await em.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}

/** Tells every API instance that `userId`'s sessions ended, so that their open live streams close now. */
export async function announceSessionsEnded(db: { query(sql: string, params: unknown[]): Promise<unknown> }, userId: string): Promise<void> {
  const event: EventAnnouncement = { stream: 'session', id: userId, sequence: 0, type: 'SESSIONS_ENDED', occurredAt: new Date().toISOString() };
  await db.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
}
