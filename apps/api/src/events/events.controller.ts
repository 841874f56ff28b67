import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../common/api-errors';
import { filter, interval, map, merge, Observable } from 'rxjs';
import { EventAnnouncement } from '@mou/persistence';
import { AllowQueryToken, AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { EventsService } from './events.service';

/** Row-level access for the live stream: the same rule as for reading the records themselves. */
export function mayHear(user: AuthUser, event: EventAnnouncement): boolean {
  switch (user.role) {
    case 'supervisor':
      return event.stream !== 'review';
    case 'investigator':
      return event.stream === 'case' && event.assigneeId === user.id;
    case 'importer':
      return event.stream === 'entry' && event.importerId === user.id;
    case 'policy':
      return event.stream === 'review';
    default:
      return event.stream === 'facility';
  }
}

@ApiTags('live events')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /**
   * Server-sent events of committed changes the caller may see. Browsers' EventSource cannot send
   * headers, so the token may also come as `?access_token=`.
   */
  @Sse('stream')
  @ApiOperation({ summary: 'Live stream of committed changes the caller may see' })
  @AllowQueryToken()
  @RequirePermission(Permission.EventsStream)
  @ApiProduces('text/event-stream')
  @ApiQuery({ name: 'access_token', required: false, description: 'The bearer token, for clients that cannot send headers' })
  @ApiOkResponse({
    schema: { type: 'string' },
    description: 'A stream of `event: <type>` / `id: <stream>:<id>:<sequence>` / `data: <JSON announcement>` messages, and a heartbeat every 25 s',
  })
  stream(@CurrentUser() user: AuthUser): Observable<MessageEvent> {
    const events = this.events.stream.pipe(
      filter((event) => mayHear(user, event)),
      map((event): MessageEvent => ({ type: event.type, id: `${event.stream}:${event.id}:${event.sequence}`, data: event })),
    );
    // A comment-like heartbeat keeps proxies from closing an idle stream.
    const heartbeat = interval(25_000).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} })));
    return merge(events, heartbeat);
  }
}
