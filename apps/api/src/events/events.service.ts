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
  private client?: Client;
  private closing = false;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  get stream(): Observable<EventAnnouncement> {
    return this.events.asObservable();
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    this.events.complete();
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => {
      if (message.channel !== EVENTS_CHANNEL || !message.payload) return;
      try {
        this.events.next(JSON.parse(message.payload) as EventAnnouncement);
      } catch {
        this.logger.warn('Ignored a malformed event announcement');
      }
    });
    client.on('error', (error) => {
      this.logger.warn(`Event listener lost its connection: ${error.message}; reconnecting`);
      setTimeout(() => void this.reconnect(), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    this.client = client;
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
