import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
  subject: string;
  /** The Message-ID header: one per notification, the same on every attempt. */
  messageId: string;
}

/** A message left unanswered; `answer` replies at last: accepted (kept) or refused with 451. */
export interface StalledMail extends ReceivedMail {
  answer(accept: boolean): void;
}

export interface MailboxOptions {
  /** The first N messages are refused with a temporary error (451), as a relay under load would. */
  failFirst?: number;
  /** Refuses a message with 451 whenever this says so (it sees every attempt, refused or not). */
  refuse?: (mail: ReceivedMail) => boolean;
  /**
   * Does not answer the end of this message's data: the sender is left mid-send until the test
   * answers it (see StalledMail). A message never acknowledged is not delivered.
   */
  stall?: (mail: ReceivedMail) => boolean;
}

/** A real SMTP server on loopback that keeps what it receives and what it refused or left unanswered. */
export async function startMailbox(options: MailboxOptions = {}): Promise<{
  port: number;
  mails: ReceivedMail[];
  refused: number;
  refusals: ReceivedMail[];
  stalled: StalledMail[];
  stop(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const refusals: ReceivedMail[] = [];
  const stalled: StalledMail[] = [];
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
          // No answer until the test gives one: the sender waits, gives up or dies meanwhile.
          stalled.push({
            ...mail,
            answer(accept: boolean) {
              if (accept) {
                mails.push(mail);
                return callback();
              }
              refusals.push(mail);
              callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
            },
          });
          return;
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
