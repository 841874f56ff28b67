import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { PasswordLinkPurpose } from '../entities/password-link.entity';
import { hashPassword } from '../password-hash';
import { appendRecordEvent } from '../record-chain';

/** The SHA-256 of a link's token, as stored: the token itself is only in the e-mail. */
export function passwordLinkHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface IssuedPasswordLink {
  token: string;
  expiresAt: Date;
}

/** Why a link did not set a password. */
export type PasswordLinkRefusal = 'unknown' | 'used' | 'expired' | 'deactivated';

/**
 * Links that set a password (invitation, reset). Issuing one withdraws the user's earlier unused
 * links; using one is a single UPDATE … WHERE used_at IS NULL, so two uses at once cannot both win.
 */
export class PasswordLinkRepository {
  constructor(private readonly db: DataSource) {}

  async issue(userId: string, purpose: PasswordLinkPurpose, createdBy: string | null, ttlHours: number): Promise<IssuedPasswordLink> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + ttlHours * 3_600_000);
    await this.db.transaction(async (em) => {
      await em.query(`UPDATE password_links SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [userId]);
      await em.query(`INSERT INTO password_links (token_hash, user_id, purpose, expires_at, created_by) VALUES ($1, $2, $3, $4, $5)`, [
        passwordLinkHash(token),
        userId,
        purpose,
        expiresAt,
        createdBy,
      ]);
    });
    return { token, expiresAt };
  }

  /** The link's user and purpose while it can still be used; otherwise why not. */
  async inspect(token: string): Promise<{ userId: string; email: string; displayName: string; purpose: PasswordLinkPurpose } | PasswordLinkRefusal> {
    const [row] = await this.db.query(
      `SELECT l.user_id AS "userId", u.email, u.display_name AS "displayName", l.purpose, l.used_at AS "usedAt", l.expires_at <= now() AS expired, u.active
         FROM password_links l JOIN users u ON u.id = l.user_id WHERE l.token_hash = $1`,
      [passwordLinkHash(token)],
    );
    if (!row) return 'unknown';
    if (row.usedAt) return 'used';
    if (row.expired) return 'expired';
    if (!row.active) return 'deactivated';
    return { userId: row.userId, email: row.email, displayName: row.displayName, purpose: row.purpose };
  }

  /**
   * Sets the password through the link, once: marks the link used, stores the new hash and ends
   * every session of the user (token_version + 1). Returns the user's id, or why not.
   */
  async use(token: string, password: string): Promise<{ userId: string; purpose: PasswordLinkPurpose } | PasswordLinkRefusal> {
    const state = await this.inspect(token);
    if (typeof state === 'string') return state;
    const hash = await hashPassword(password);
    return this.db.transaction(async (em) => {
      const claimed = await em.query(
        `UPDATE password_links l SET used_at = now() FROM users u
          WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > now() AND u.id = l.user_id AND u.active
          RETURNING l.user_id AS "userId", l.purpose`,
        [passwordLinkHash(token)],
      );
      const [row] = (Array.isArray(claimed[0]) ? claimed[0] : claimed) as { userId: string; purpose: PasswordLinkPurpose }[];
      if (!row) return 'used' as const;
      await em.query(`UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1`, [row.userId, hash]);
      await appendRecordEvent(em, 'user', row.userId, 'PASSWORD_SET', row.userId, { purpose: row.purpose });
      return row;
    });
  }
}
