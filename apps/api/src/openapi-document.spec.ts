import type { OpenAPIObject, OperationObject, ParameterObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { buildOpenApiDocument } from '../../../tools/openapi/write-openapi';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  name: string;
  operation: OperationObject;
}

let document: OpenAPIObject;
let operations: Operation[];

beforeAll(async () => {
  document = await buildOpenApiDocument();
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ name: `${method.toUpperCase()} ${path}`, operation: item[method]! })),
  );
}, 60_000);

const responses = (op: OperationObject) => op.responses as Record<string, ResponseObject>;
const ref = (name: string) => `#/components/schemas/${name}`;
const schemaOf = (response: ResponseObject | undefined) => Object.values(response?.content ?? {})[0]?.schema as (SchemaObject & ReferenceObject) | undefined;
const failing = (check: (o: Operation) => boolean) => operations.filter((o) => !check(o)).map((o) => o.name);

describe('the OpenAPI document', () => {
  it('holds every route of the API', () => {
    expect(operations.length).toBeGreaterThanOrEqual(61);
  });

  it('gives every operation a stable, unique, meaningful id and a summary', () => {
    const ids = operations.map((o) => o.operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(failing((o) => /^[a-z][A-Za-z]+$/.test(o.operation.operationId ?? '') && !!o.operation.summary)).toEqual([]);
  });

  it('documents a success body with its schema for every operation', () => {
    expect(
      failing(({ operation }) => {
        const success = Object.entries(responses(operation)).filter(([status]) => status.startsWith('2'));
        return success.length > 0 && success.every(([, response]) => !!schemaOf(response));
      }),
    ).toEqual([]);
  });

  it('documents 401 and 403 on every route that needs a signed-in caller, and marks the others public', () => {
    const secured = (op: OperationObject) => (op.security ?? []).length > 0;
    expect(failing(({ operation }) => !secured(operation) || ('401' in responses(operation) && '403' in responses(operation)))).toEqual([]);
    expect(operations.filter(({ operation }) => !secured(operation)).map((o) => o.name)).toEqual(['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/set-password']);
  });

  it('documents 400 (with the field list) and 413 on every route that takes a JSON body', () => {
    expect(failing(({ operation }) => !operation.requestBody || ('400' in responses(operation) && '413' in responses(operation)))).toEqual([]);
  });

  it('documents 400 on every route that validates its query or a UUID in its path', () => {
    const validated = (op: OperationObject) =>
      ((op.parameters ?? []) as ParameterObject[]).some(
        (p) => (p.in === 'query' && p.name !== 'access_token') || (p.in === 'path' && (p.schema as SchemaObject | undefined)?.format === 'uuid'),
      );
    expect(failing(({ operation }) => !validated(operation) || '400' in responses(operation))).toEqual([]);
  });

  it('documents 404 on every route that names a resource in its path', () => {
    expect(failing(({ operation }) => !((operation.parameters ?? []) as ParameterObject[]).some((p) => p.in === 'path') || '404' in responses(operation))).toEqual([]);
  });

  it('gives every path parameter its format or pattern', () => {
    const loose = operations.flatMap(({ name, operation }) =>
      ((operation.parameters ?? []) as ParameterObject[])
        .filter((p) => p.in === 'path')
        .filter((p) => {
          const schema = p.schema as SchemaObject | undefined;
          return !(schema?.format === 'uuid' || schema?.pattern);
        })
        .map((p) => `${name} {${p.name}}`),
    );
    expect(loose).toEqual([]);
  });

  it('describes every error in its one shape: fields on 400, reason on 409', () => {
    const wrong = operations.flatMap(({ name, operation }) =>
      Object.entries(responses(operation))
        .filter(([status]) => /^4/.test(status))
        .filter(([status, response]) => {
          const expected = status === '400' ? 'ValidationErrorResponseDto' : status === '409' ? 'ConflictErrorResponseDto' : 'ErrorResponseDto';
          return schemaOf(response)?.$ref !== ref(expected);
        })
        .map(([status]) => `${name} ${status}`),
    );
    expect(wrong).toEqual([]);
    const schemas = document.components!.schemas as Record<string, SchemaObject>;
    expect(schemas.ValidationErrorResponseDto.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'message', 'fields']));
    expect(schemas.ConflictErrorResponseDto.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'message', 'reason']));
  });

  it('states the format of every instant and identifier in the bodies', () => {
    const schemas = document.components!.schemas as Record<string, SchemaObject>;
    const loose = Object.entries(schemas).flatMap(([schema, { properties = {} }]) =>
      Object.entries(properties as Record<string, SchemaObject>)
        .filter(([property, definition]) => {
          if (definition.type !== 'string') return false;
          if (/At$/.test(property)) return definition.format !== 'date-time';
          // actorId is a user id or `system`.
          if (/Id$/.test(property) && property !== 'actorId') return definition.format !== 'uuid';
          return false;
        })
        .map(([property]) => `${schema}.${property}`),
    );
    expect(loose).toEqual([]);
  });

  it('closes every JSON body the API answers with, so an undocumented field is a breach of contract', () => {
    const schemas = document.components!.schemas as Record<string, SchemaObject>;
    const bodyOf = (response: ResponseObject) => {
      const schema = schemaOf(response);
      const ref = schema?.$ref ?? (schema?.items as ReferenceObject | undefined)?.$ref;
      return ref?.replace('#/components/schemas/', '');
    };
    const bodies = operations.flatMap(({ name, operation }) =>
      Object.entries(responses(operation))
        .filter(([status]) => status.startsWith('2'))
        .map(([status, response]) => ({ at: `${name} ${status}`, body: bodyOf(response) }))
        .filter((b): b is { at: string; body: string } => b.body !== undefined),
    );
    expect(bodies.length).toBeGreaterThan(50);
    expect(bodies.filter(({ body }) => schemas[body].additionalProperties !== false).map((b) => b.at)).toEqual([]);
  });
});
