import nodemailer, { Transporter } from 'nodemailer';
import { AppConfig } from '@mou/config';

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
  });
}
