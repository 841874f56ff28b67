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
}
