import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  /** The Message-ID header: one per notification, the same on every attempt. */
  messageId: string;
}

export interface MailboxOptions {
  /** The first N messages are refused with a temporary error (451), as a relay under load would. */
  failFirst?: number;
  /** Refuses a message with 451 whenever this says so (it sees every attempt, refused or not). */
  refuse?: (mail: ReceivedMail) => boolean;
  /**
   * Never answers the end of this message's data: the sender is left mid-send. A message never
   * acknowledged is not delivered; it is dropped when the sender's connection closes.
   */
  stall?: (mail: ReceivedMail) => boolean;
}

/** A real SMTP server on loopback that keeps what it receives and what it refused or left unanswered. */
export async function startMailbox(options: MailboxOptions = {}): Promise<{
  port: number;
  mails: ReceivedMail[];
  refused: number;
  refusals: ReceivedMail[];
  stalled: ReceivedMail[];
  stop(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const refusals: ReceivedMail[] = [];
  const stalled: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: /^Subject: (.*)$/im.exec(raw)?.[1]?.trim() ?? '',
          messageId: /^Message-ID: (.*)$/im.exec(raw)?.[1]?.trim() ?? '',
        };
        if (refusals.length < (options.failFirst ?? 0) || options.refuse?.(mail)) {
          refusals.push(mail);
          const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        if (options.stall?.(mail)) {
          stalled.push(mail);
          return; // no answer, ever: the sender waits until it gives up or dies
        }
        mails.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    mails,
    refusals,
    stalled,
    get refused() {
      return refusals.length;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        // Stalled senders hold their connections open: close them with the server.
        for (const connection of (server as unknown as { connections: Set<{ close(): void }> }).connections ?? []) connection.close();
        server.close(() => resolve());
      }),
  };
}
