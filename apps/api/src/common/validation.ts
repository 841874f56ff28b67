import { ArgumentMetadata, BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/** Flattens nested class-validator errors to `{ 'allegation.summary': ['...'] }`. */
export function fieldErrors(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) out[path] = Object.values(error.constraints);
    Object.assign(out, fieldErrors(error.children ?? [], path));
  }
  return out;
}

/** NUL bytes and unpaired UTF-16 surrogates: text PostgreSQL cannot store as sent. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No request this API accepts nests deeper than this; deeper input is refused, not walked. */
const MAX_DEPTH = 16;

/** Paths of every string in a request value that could not be stored byte for byte. */
export function unstorableTextPaths(value: unknown, path = '', depth = 0): string[] {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? [path || 'value'] : [];
  if (value && typeof value === 'object' && depth >= MAX_DEPTH) return [path || 'value'];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableTextPaths(v, `${path}[${i}]`, depth + 1));
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
      ...(UNSTORABLE.test(k) ? [path ? `${path}.${k}` : k] : []),
      ...unstorableTextPaths(v, path ? `${path}.${k}` : k, depth + 1),
    ]);
  }
  return [];
}

/**
 * The global pipe: refuses text that cannot be stored as sent (400, before anything is written or
 * sent to a workflow), then validates as class-validator says.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const paths = unstorableTextPaths(value, metadata.type === 'body' ? '' : (metadata.data ?? metadata.type));
    if (paths.length) {
      const fields = Object.fromEntries(
        paths.map((p) => [p, [`is nested deeper than ${MAX_DEPTH} levels, or contains a NUL byte or an unpaired surrogate, which cannot be stored`]]),
      );
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `Invalid input: ${paths.join(', ')}`, fields });
    }
    return super.transform(value, metadata);
  }
}

/** Whitelist, refuse unknown fields, transform: 400 naming every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const fields = fieldErrors(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: `Invalid input: ${Object.keys(fields).join(', ')}`,
        fields,
      });
    },
  });
}
