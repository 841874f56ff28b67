import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Observable, Subject } from 'rxjs';
import { AppConfig } from '@mou/config';
import { EventAnnouncement, EVENTS_CHANNEL } from '@mou/persistence';

/**
 * Listens on PostgreSQL for committed events (NOTIFY from the worker's transactions) and fans them
 * out to this instance's live streams: every API instance hears every event.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(EventsService.name);
  private readonly events = new Subject<EventAnnouncement>();
  private readonly changed = new Subject<void>();
  private client?: Client;
  private closing = false;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  get stream(): Observable<EventAnnouncement> {
    return this.events.asObservable();
  }

  /**
   * Fires when deadlines may have changed: a case or entry event committed, or the listener lost
   * its connection or got it back (announcements in between are not heard).
   */
  get changes(): Observable<void> {
    return this.changed.asObservable();
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.events.complete();
    this.changed.complete();
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        const event = JSON.parse(message.payload) as EventAnnouncement;
        if (event.stream === 'case' || event.stream === 'entry') this.changed.next();
        this.events.next(event);
      } catch {
        this.logger.warn('Ignored a malformed event announcement');
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Event listener lost its connection: ${error.message}; reconnecting`);
      this.changed.next();
      setTimeout(() => void this.reconnect(), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
    this.changed.next();
  }

  private async reconnect(): Promise<void> {
    if (this.closing) return;
    await this.client?.end().catch(() => undefined);
    await this.listen().catch((error: unknown) => {
      this.logger.warn(`Reconnecting the event listener failed: ${String(error)}`);
      setTimeout(() => void this.reconnect(), 2000);
    });
  }
}
