import { Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

interface ClaimedEmail {
  id: string;
  recipientEmail: string;
  subject: string;
  body: string;
  link: string | null;
  attachments: { kind: string; ref: string; filename: string }[];
  attempts: number;
}

export interface DispatcherOptions {
  from: string;
  pollMs: number;
  /** Base of links in e-mails, e.g. http://127.0.0.1:3000 */
  appUrl?: string;
  /** Attempts before an e-mail is marked failed (and listed for administrators). */
  maxAttempts?: number;
  /**
   * How long a claim is this dispatcher's alone; after it another dispatcher takes the e-mail over.
   * The transport gives up on a silent relay well inside it (mail-transport.ts), so a send still
   * in flight when the lease ends cannot complete after another dispatcher's.
   */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * Sends the outbox's e-mails with retries (exponential backoff, then `failed`, which administrators
 * see and may send again); what to send, and when, is decided by whoever wrote the outbox row
 * (reminders of unacknowledged escalations come from the case's own ladder). Rows are claimed with
 * SKIP LOCKED and a lease, so several workers share the work and a crashed one's claims are taken
 * over after the lease. Each claim counts an attempt, and that count fences the claim: a
 * dispatcher whose lease was taken over records nothing over its successor's outcome.
 */
export class NotificationDispatcher {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: Transporter | null,
    private readonly options: DispatcherOptions,
  ) {}

  start(): void {
    if (!this.transport) this.logger.warn('SMTP_HOST is not set: e-mails stay in the outbox; in-app notifications still arrive');
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .then(() => undefined)
        .catch((error: unknown) => this.logger.error(`Dispatch failed: ${String(error)}`))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.options.pollMs);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: the e-mails now due. */
  async runOnce(): Promise<number> {
    let sent = 0;
    if (this.transport) {
      for (const email of await this.claim()) sent += (await this.send(email)) ? 1 : 0;
    }
    return sent;
  }

  private async claim(): Promise<ClaimedEmail[]> {
    // For UPDATE … RETURNING, TypeORM's postgres driver answers [rows, affected count].
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications n SET status = 'sending', attempts = n.attempts + 1, next_attempt_at = now() + ($1 || ' milliseconds')::interval
         FROM users u
        WHERE u.id = n.recipient_id AND n.id IN (
              SELECT id FROM notifications
               WHERE channel = 'email' AND status IN ('pending', 'sending') AND next_attempt_at <= now()
               ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
      RETURNING n.id, u.email AS "recipientEmail", n.subject, n.body, n.link, n.attachments, n.attempts`,
      [String(this.options.leaseMs ?? DEFAULT_LEASE_MS)],
    )) as [ClaimedEmail[], number];
    return rows;
  }

  /**
   * Renews the lease on one claimed e-mail just before sending it, if it is still this claim's
   * (same attempt, lease not run out). A batch can outlast its lease (a relay answering slowly):
   * what another dispatcher took over meanwhile is left to it, never sent a second time from here.
   */
  private async stillHeld(email: ClaimedEmail): Promise<boolean> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications SET next_attempt_at = now() + ($3 || ' milliseconds')::interval
        WHERE id = $1 AND status = 'sending' AND attempts = $2 AND next_attempt_at > now() RETURNING id`,
      [email.id, email.attempts, String(this.options.leaseMs ?? DEFAULT_LEASE_MS)],
    )) as [{ id: string }[], number];
    return rows.length > 0;
  }

  private async send(email: ClaimedEmail): Promise<boolean> {
    if (!(await this.stillHeld(email))) {
      this.logger.warn(`E-mail ${email.id} was taken over by another dispatcher after this one's lease ran out; not sent from here`);
      return false;
    }
    try {
      await this.transport!.sendMail({
        from: this.options.from,
        to: email.recipientEmail,
        subject: email.subject,
        text: email.link && this.options.appUrl ? `${email.body}\n\n${this.options.appUrl}${email.link}` : email.body,
        // One Message-ID per notification: a receiver can recognise a resend after a lost acknowledgement.
        messageId: `<${email.id}@mou-casework>`,
        attachments: await this.attachments(email),
      });
      await this.dataSource.query(`UPDATE notifications SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1 AND status = 'sending' AND attempts = $2`, [
        email.id,
        email.attempts,
      ]);
      return true;
    } catch (error) {
      const failed = email.attempts >= (this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
      const backoffMs = Math.min(2 ** email.attempts * 1000, 10 * 60_000);
      await this.dataSource.query(
        `UPDATE notifications SET status = $2, next_attempt_at = now() + ($3 || ' milliseconds')::interval, last_error = $4
          WHERE id = $1 AND status = 'sending' AND attempts = $5`,
        [email.id, failed ? 'failed' : 'pending', String(backoffMs), String(error instanceof Error ? error.message : error).slice(0, 1000), email.attempts],
      );
      this.logger.warn(`E-mail ${email.id} to ${email.recipientEmail} ${failed ? 'failed for good' : 'failed'} (attempt ${email.attempts}): ${String(error)}`);
      return false;
    }
  }

  private async attachments(email: ClaimedEmail) {
    const files = [];
    for (const a of email.attachments) {
      if (a.kind !== 'review-report') continue;
      const [row] = (await this.dataSource.query('SELECT report_pdf AS pdf FROM reviews WHERE id = $1', [a.ref])) as { pdf: Buffer | null }[];
      if (row?.pdf) files.push({ filename: a.filename, content: row.pdf, contentType: 'application/pdf' });
    }
    return files;
  }
}
