import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { AppConfig } from '@mou/config';
import type { PasswordLinkPurpose } from '@mou/persistence';
import { createMailTransport } from '../../../worker/src/notifications/mail-transport';

/**
 * The address of the page that sets a password from a link's token. The token travels in the
 * fragment, which browsers never send to a server or in a Referer.
 */
export function setPasswordUrl(config: Pick<AppConfig, 'PUBLIC_URL' | 'API_HOST' | 'API_PORT'>, token: string): string {
  const base = (config.PUBLIC_URL ?? `http://${config.API_HOST}:${config.API_PORT}`).replace(/\/+$/, '');
  return `${base}/set-password#token=${encodeURIComponent(token)}`;
}

/**
 * Sends invitation and reset e-mails straight through the SMTP relay, not the outbox: the outbox
 * keeps its bodies, and the link's token must be stored nowhere but in the e-mail.
 */
@Injectable()
export class PasswordLinkMail {
  private readonly logger = new Logger(PasswordLinkMail.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.transport = createMailTransport(config);
  }

  /** Whether the relay accepted the e-mail. */
  async send(to: { email: string; displayName: string }, purpose: PasswordLinkPurpose, token: string, expiresAt: Date): Promise<boolean> {
    if (!this.transport) return false;
    const link = setPasswordUrl(this.config, token);
    const until = `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const [subject, opening] =
      purpose === 'invitation'
        ? ['You are invited to MOU Casework', `An account has been opened for you on MOU Casework.`]
        : ['Reset your MOU Casework password', `The administrator has reset your MOU Casework password; the old one no longer works.`];
    try {
      await this.transport.sendMail({
        from: this.config.SMTP_FROM,
        to: to.email,
        subject,
        text: `Dear ${to.displayName},\n\n${opening}\n\nChoose your password here (the link works once, until ${until}):\n${link}\n\nIf you did not expect this e-mail, tell the administrator.\n`,
      });
      return true;
    } catch (error) {
      this.logger.error(`Could not e-mail the ${purpose} link to ${to.email}: ${String(error)}`);
      return false;
    }
  }
}
