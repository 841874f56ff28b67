import { applyDecorators, BadRequestException, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiExtraModels, ApiParam, ApiProperty, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** Every error leaves in this shape (see http-exception.filter.ts). */
export class ErrorResponseDto {
  @ApiProperty({ type: 'integer', example: 404 }) statusCode: number;
  @ApiProperty({ example: 'Not Found', description: 'The HTTP reason phrase' }) error: string;
  @ApiProperty({ example: 'Case 6f1c… was not found', description: 'A sentence for the person at the screen' }) message: string;
}

/** 400: the offending fields, each with what is wrong with it. */
export class ValidationErrorResponseDto extends ErrorResponseDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    example: { 'allegation.summary': ['summary should not be empty'] },
    description: 'Field path → problems; empty when the body as a whole could not be read',
  })
  fields: Record<string, string[]>;
}

/** 409: the move is refused as things stand; `reason` names the rule that refused it. */
export class ConflictErrorResponseDto extends ErrorResponseDto {
  @ApiProperty({ example: 'IllegalTransition', description: 'Machine-readable reason, e.g. IllegalTransition, FourEyes, ReportNotReady' })
  reason: string;
}

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

const DEFAULTS: Record<ErrorStatus, { description: string; type: typeof ErrorResponseDto }> = {
  400: { description: 'Invalid input: `fields` names every offending field', type: ValidationErrorResponseDto },
  401: { description: 'No token, or the token is invalid or expired', type: ErrorResponseDto },
  403: { description: "The caller's role lacks this route's permission", type: ErrorResponseDto },
  404: { description: 'Not found, or not visible to the caller', type: ErrorResponseDto },
  409: { description: 'Refused as things stand; `reason` says why', type: ConflictErrorResponseDto },
  413: { description: 'The request body is larger than the limit', type: ErrorResponseDto },
  429: { description: 'Too many attempts; wait and try again', type: ErrorResponseDto },
  503: { description: 'A dependency does not answer', type: ErrorResponseDto },
};

/**
 * Documents the error answers of a route in their one shape, e.g. `@ApiErrors(400, 404, 409)`;
 * a status may carry its own description: `@ApiErrors(400, [409, 'The year is still running'])`.
 */
export function ApiErrors(...statuses: (ErrorStatus | [ErrorStatus, string])[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ErrorResponseDto, ValidationErrorResponseDto, ConflictErrorResponseDto),
    ...statuses.map((entry) => {
      const [status, description] = Array.isArray(entry) ? entry : [entry, DEFAULTS[entry].description];
      return ApiResponse({ status, description, schema: { $ref: getSchemaPath(DEFAULTS[status].type) } });
    }),
  );
}

/** Routes that need a signed-in caller with a permission: 401 and 403. */
export const ApiSignedIn = () => ApiErrors(401, 403);

/** Routes that take a JSON body: it may be invalid (400) or too large (413). */
export const ApiBodyErrors = () => ApiErrors(400, 413);

const uuidPipe = (name: string) =>
  new ParseUUIDPipe({
    exceptionFactory: () => new BadRequestException({ message: `Invalid input: ${name}`, fields: { [name]: ['must be a UUID'] } }),
  });

/** A UUID path parameter: 400 naming it when it is not a UUID. Pair with `@ApiUuidParam(name)`. */
export const UuidParam = (name = 'id') => Param(name, uuidPipe(name));

/** Documents a UUID path parameter (its 400 is documented with the route's other errors). */
export const ApiUuidParam = (name = 'id', description?: string) => ApiParam({ name, type: 'string', format: 'uuid', description });

/** A path parameter that is not a UUID, with the pattern it must match. */
export const ApiPatternParam = (name: string, pattern: string, description: string, example?: string) =>
  ApiParam({ name, type: 'string', schema: { type: 'string', pattern }, description, example });
