import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
  expose?: boolean;
}

/**
 * Every error leaves as JSON `{ statusCode, error, message, ... }`, never with a stack trace; a 400
 * always names its `fields` (empty when the body as a whole is unreadable), a 409 its `reason`.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const raw = exception.getResponse();
      const body = typeof raw === 'string' ? { message: raw } : { ...(raw as Record<string, unknown>) };
      return { status, body: withShape(status, { statusCode: status, error: reasonPhrase(status), ...body }) };
    }
    // body-parser errors (malformed JSON, too large) carry an HTTP status and a safe message.
    const parser = exception as BodyParserError;
    const parserStatus = parser?.status ?? parser?.statusCode;
    if (parser?.type && parserStatus && parserStatus < 500) {
      const message =
        parser.type === 'entity.too.large'
          ? 'Request body is too large'
          : parser.type === 'entity.parse.failed'
            ? 'Request body is not valid JSON'
            : 'Request body could not be read';
      return { status: parserStatus, body: withShape(parserStatus, { statusCode: parserStatus, error: reasonPhrase(parserStatus), message }) };
    }
    return { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong; it has been logged' } };
  }
}

/** The parts the documented error shapes promise: `fields` on a 400, `reason` on a 409. */
function withShape(status: number, body: Record<string, unknown>): Record<string, unknown> {
  if (status === 400 && (typeof body.fields !== 'object' || body.fields === null)) return { ...body, fields: {} };
  if (status === 409 && typeof body.reason !== 'string') return { ...body, reason: 'Conflict' };
  return body;
}

/** 'Payload Too Large' from HttpStatus.PAYLOAD_TOO_LARGE. */
function reasonPhrase(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
