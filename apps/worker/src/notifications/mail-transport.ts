import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@mou/config';

/** How long the transport waits on a silent relay: far inside a dispatcher's lease (notification-dispatcher.ts). */
export const SMTP_TIMEOUT_MS = 60_000;

/** The SMTP relay from configuration, or null when none is configured. */
export function createMailTransport(config: AppConfig): Transporter | null {
  if (!config.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    secure: config.SMTP_SECURE,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? '' } : undefined,
    // A relay on this machine may speak plain SMTP; TLS is used when offered.
    tls: { rejectUnauthorized: config.NODE_ENV === 'production' },
    // Nodemailer waits up to 10 minutes on a silent socket by default, past the dispatcher's lease.
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
}
