import { EntityManager } from 'typeorm';

export type Channel = 'email' | 'inbox';

export interface OutgoingNotification {
  /** What caused it, unique per cause: the same cause never notifies the same person twice. */
  cause: string;
  recipientIds: string[];
  channels?: Channel[];
  kind: string;
  subject: string;
  body: string;
  link?: string;
  attachments?: { kind: string; ref: string; filename: string }[];
}

/**
 * Writes notifications into the outbox, inside the caller's transaction (with the event that
 * causes them). In-app rows are delivered by being written; e-mail rows wait for the dispatcher.
 */
export async function enqueueNotification(em: EntityManager, n: OutgoingNotification): Promise<void> {
  const recipients = [...new Set(n.recipientIds.filter(Boolean))];
  for (const recipientId of recipients) {
    for (const channel of n.channels ?? ['email', 'inbox']) {
      await em.query(
        `INSERT INTO notifications (dedupe_key, recipient_id, channel, kind, subject, body, link, attachments, status, next_attempt_at, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         ON CONFLICT (dedupe_key) DO NOTHING`,
        [`${n.cause}:${recipientId}:${channel}`, recipientId, channel, n.kind, n.subject, n.body, n.link ?? null, JSON.stringify(n.attachments ?? []),
         channel === 'inbox' ? 'sent' : 'pending', channel === 'inbox' ? null : new Date(), channel === 'inbox' ? new Date() : null],
      );
    }
  }
}

/** Active users of a role, e.g. every supervisor for a breach. */
export async function usersWithRole(em: EntityManager, role: string): Promise<string[]> {
  const rows = (await em.query('SELECT id FROM users WHERE role = $1 AND active ORDER BY email', [role])) as { id: string }[];
  return rows.map((r) => r.id);
}
