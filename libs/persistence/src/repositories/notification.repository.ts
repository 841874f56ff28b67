import type { Queryable } from './queryable';

/** A notification as the inbox lists it. */
export interface InboxRow {
  id: string;
  kind: string;
  subject: string;
  body: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** An e-mail the dispatcher gave up on after its last attempt. */
export interface FailedEmailRow {
  id: string;
  recipientEmail: string;
  kind: string;
  subject: string;
  link: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
}

/** In-app notifications: each recipient reads and marks only their own. */
export class NotificationRepository {
  constructor(private readonly db: Queryable) {}

  /** The recipient's inbox, newest first (at most 200), unread only when asked. */
  inbox(recipientId: string, unreadOnly: boolean): Promise<InboxRow[]> {
    return this.db.query(
      `SELECT id, kind, subject, body, link, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE recipient_id = $1 AND channel = 'inbox' ${unreadOnly ? 'AND read_at IS NULL' : ''}
        ORDER BY created_at DESC LIMIT 200`,
      [recipientId],
    );
  }

  async unreadCount(recipientId: string): Promise<number> {
    const [{ unread }] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE recipient_id = $1 AND channel = 'inbox' AND read_at IS NULL`,
      [recipientId],
    );
    return unread;
  }

  /** Marks the recipient's notification read (the first reading stays); null when it is not theirs or not there. */
  async markRead(id: string, recipientId: string): Promise<{ id: string; readAt: Date } | null> {
    const [rows] = (await this.db.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2 AND channel = 'inbox' RETURNING id, read_at AS "readAt"`,
      [id, recipientId],
    )) as [{ id: string; readAt: Date }[], number];
    return rows[0] ?? null;
  }

  /** E-mails marked failed after their last attempt, newest first (at most 500). */
  failedEmails(): Promise<FailedEmailRow[]> {
    return this.db.query(
      `SELECT n.id, u.email AS "recipientEmail", n.kind, n.subject, n.link, n.attempts, n.last_error AS "lastError",
              n.created_at AS "createdAt", n.next_attempt_at AS "lastAttemptAt"
         FROM notifications n JOIN users u ON u.id = n.recipient_id
        WHERE n.channel = 'email' AND n.status = 'failed'
        ORDER BY n.next_attempt_at DESC NULLS LAST, n.id LIMIT 500`,
    );
  }

  /**
   * Puts a failed e-mail back in the outbox for a fresh round of attempts, due now. 'missing' when
   * no such e-mail exists, 'not-failed' (with its status) when it is not failed.
   */
  async retryFailedEmail(id: string): Promise<{ outcome: 'queued' } | { outcome: 'missing' } | { outcome: 'not-failed'; status: string }> {
    const [rows] = (await this.db.query(
      `UPDATE notifications SET status = 'pending', attempts = 0, next_attempt_at = now()
        WHERE id = $1 AND channel = 'email' AND status = 'failed' RETURNING id`,
      [id],
    )) as [{ id: string }[], number];
    if (rows.length) return { outcome: 'queued' };
    const [row] = (await this.db.query(`SELECT status FROM notifications WHERE id = $1 AND channel = 'email'`, [id])) as { status: string }[];
    return row ? { outcome: 'not-failed', status: row.status } : { outcome: 'missing' };
  }
}
