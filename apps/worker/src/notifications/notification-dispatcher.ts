import { Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { enqueueNotification, usersWithRole } from './outbox';

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
  escalationReminderHours: number;
  /** Base of links in e-mails, e.g. http://127.0.0.1:3000 */
  appUrl?: string;
  maxAttempts?: number;
}

const CLAIM_LEASE_MS = 5 * 60_000;

/**
 * Sends the outbox's e-mails with retries (exponential backoff, then `failed`), and reminds
 * supervisors of escalations nobody acknowledged. Rows are claimed with SKIP LOCKED and a lease,
 * so several workers share the work and a crashed one's claims are taken over after the lease.
 */
export class NotificationDispatcher {
  private readonly logger = new Logger('Notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  private lastReminderSweep = 0;

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

  /** One pass: due e-mails, then (at most every minute) the escalation reminders. */
  async runOnce(): Promise<number> {
    let sent = 0;
    if (this.transport) {
      for (const email of await this.claim()) sent += (await this.send(email)) ? 1 : 0;
    }
    if (Date.now() - this.lastReminderSweep >= Math.min(60_000, this.options.escalationReminderHours * 3_600_000)) {
      this.lastReminderSweep = Date.now();
      await this.remindUnacknowledged();
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
      [String(CLAIM_LEASE_MS)],
    )) as [ClaimedEmail[], number];
    return rows;
  }

  private async send(email: ClaimedEmail): Promise<boolean> {
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
      await this.dataSource.query(`UPDATE notifications SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [email.id]);
      return true;
    } catch (error) {
      const failed = email.attempts >= (this.options.maxAttempts ?? 10);
      const backoffMs = Math.min(2 ** email.attempts * 1000, 10 * 60_000);
      await this.dataSource.query(
        `UPDATE notifications SET status = $2, next_attempt_at = now() + ($3 || ' milliseconds')::interval, last_error = $4 WHERE id = $1`,
        [email.id, failed ? 'failed' : 'pending', String(backoffMs), String(error instanceof Error ? error.message : error).slice(0, 1000)],
      );
      this.logger.warn(`E-mail ${email.id} to ${email.recipientEmail} failed (attempt ${email.attempts}): ${String(error)}`);
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

  /** Supervisors hear again of a breach or worse that nobody acknowledged within the interval. */
  private async remindUnacknowledged(): Promise<void> {
    const hours = this.options.escalationReminderHours;
    await this.dataSource.transaction(async (em) => {
      const due = (await em.query(
        `SELECT e.id, e.case_id AS "caseId", e.type, e.reminders, c.reference
           FROM escalations e JOIN cases c ON c.id = e.case_id
          WHERE e.acknowledged_at IS NULL AND e.level >= 2
            AND COALESCE(e.last_reminded_at, e.occurred_at) <= now() - ($1 || ' hours')::interval
          ORDER BY e.occurred_at LIMIT 100 FOR UPDATE OF e SKIP LOCKED`,
        [String(hours)],
      )) as { id: string; caseId: string; type: string; reminders: number; reference: string }[];
      if (due.length === 0) return;
      const supervisors = await usersWithRole(em, 'supervisor');
      for (const e of due) {
        await enqueueNotification(em, {
          cause: `escalation:${e.id}:reminder:${e.reminders + 1}`,
          recipientIds: supervisors,
          kind: 'ESCALATION_REMINDER',
          subject: `${e.reference}: ${e.type.replace(/_/g, ' ').toLowerCase()} still unacknowledged`,
          body: `The ${e.type.replace(/_/g, ' ').toLowerCase()} on case ${e.reference} has not been acknowledged. Acknowledge it: /escalations`,
          link: `/cases/${e.caseId}`,
        });
        await em.query('UPDATE escalations SET reminders = reminders + 1, last_reminded_at = now() WHERE id = $1', [e.id]);
      }
    });
  }
}
