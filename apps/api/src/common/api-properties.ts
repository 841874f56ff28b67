import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

type Options = Omit<ApiPropertyOptions, 'type' | 'format' | 'nullable'> & { description?: string };

/** Property decorators for response bodies, so each field states its format and whether it can be null. */
export const UuidProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', format: 'uuid' } as ApiPropertyOptions);
export const NullableUuidProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', format: 'uuid', nullable: true } as ApiPropertyOptions);
export const DateTimeProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', format: 'date-time' } as ApiPropertyOptions);
export const NullableDateTimeProperty = (options: Options = {}) =>
  ApiProperty({ ...options, type: 'string', format: 'date-time', nullable: true } as ApiPropertyOptions);
export const DateProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', format: 'date' } as ApiPropertyOptions);
export const IntProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'integer' } as ApiPropertyOptions);
export const NullableIntProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'integer', nullable: true } as ApiPropertyOptions);
export const NullableStringProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', nullable: true } as ApiPropertyOptions);
export const StringArrayProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'string', isArray: true } as ApiPropertyOptions);
/** A JSON object whose keys the record itself defines (event payloads, explanations, metrics). */
export const ObjectProperty = (options: Options = {}) => ApiProperty({ ...options, type: 'object', additionalProperties: true } as ApiPropertyOptions);
export const NullableObjectProperty = (options: Options = {}) =>
  ApiProperty({ ...options, type: 'object', additionalProperties: true, nullable: true } as ApiPropertyOptions);
