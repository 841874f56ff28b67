import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiSignedIn } from '../common/api-errors';
import { filter, interval, map, merge, Observable, takeUntil } from 'rxjs';
import { AllowQueryToken, AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { RecordAccessService } from '../common/record-access.service';
import { Permission } from '../auth/permissions';
import { EventsService } from './events.service';

@ApiTags('live events')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly access: RecordAccessService,
  ) {}

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
      // Row-level access: the same rule as for reading the records themselves.
      filter((event) => this.access.mayHear(user, event)),
      map((event): MessageEvent => ({ type: event.type, id: `${event.stream}:${event.id}:${event.sequence}`, data: event })),
    );
    // A comment-like heartbeat keeps proxies from closing an idle stream.
    const heartbeat = interval(25_000).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} })));
    // Deactivated, reset or given another role: the stream ends, and reconnecting meets the guard.
    const ended = this.events.stream.pipe(filter((event) => event.stream === 'session' && event.id === user.id));
    return merge(events, heartbeat).pipe(takeUntil(ended));
  }
}
