import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, SSE_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../apps/api/src/auth/auth.decorators';
import type { Permission } from '../../apps/api/src/auth/permissions';
import { MATRIX_ROLES, MatrixRole, PERMISSION_MATRIX } from './permission-matrix';

export const ROLES: readonly MatrixRole[] = MATRIX_ROLES;
export const ANONYMOUS = 'anonymous';
export type Caller = MatrixRole | typeof ANONYMOUS;

/** One route of the running API, as Nest registered it. */
export interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style, with the global prefix: /api/v1/cases/:id/visit */
  path: string;
  /** The first segment after /api/v1 (cases, entries, …), to choose real ids for its params. */
  resource: string;
  handler: string;
  permission: Permission | undefined;
  isPublic: boolean;
  sse: boolean;
  params: string[];
}

/** Every route of every controller, read from Nest's own registry (nothing listed by hand). */
export function enumerateRoutes(app: INestApplication): Route[] {
  const routes: Route[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as { prototype: Record<string, unknown>; name: string } | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const fn = controller.prototype[name];
        if (name === 'constructor' || typeof fn !== 'function' || Reflect.getMetadata(PATH_METADATA, fn) === undefined) continue;
        const path = `/api/v1/${base}/${String(Reflect.getMetadata(PATH_METADATA, fn))}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
        routes.push({
          method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as number].toLowerCase() as Route['method'],
          path,
          resource: path.split('/')[3] ?? '',
          handler: `${controller.name}.${name}`,
          permission: Reflect.getMetadata(PERMISSION_KEY, fn) ?? Reflect.getMetadata(PERMISSION_KEY, controller),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, fn) ?? Reflect.getMetadata(PUBLIC_KEY, controller)),
          sse: Boolean(Reflect.getMetadata(SSE_METADATA, fn)),
          params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1]),
        });
      }
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** `METHOD /api/v1/x/{id}`: a route as the OpenAPI document and the permission matrix name it. */
export const routeKey = (route: Pick<Route, 'method' | 'path'>) => `${route.method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`;

/**
 * Whether the hand-written permission matrix (permission-matrix.ts, from docs/domain.md §2) lets
 * this caller through: what the API must do, never read from the grants the API itself uses.
 */
export function allowed(route: Route, caller: Caller): boolean {
  const roles = PERMISSION_MATRIX[routeKey(route)];
  if (roles === 'public') return true;
  return caller !== ANONYMOUS && (roles ?? []).includes(caller);
}

export const fillPath = (route: Route, values: (param: string) => string) =>
  route.path.replace(/:(\w+)/g, (_, param: string) => encodeURIComponent(values(param)));

/** The OpenAPI document's operation for a route, to build bodies and queries from its schemas. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema?: JsonSchema; required?: boolean }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components: { schemas: Record<string, JsonSchema> };
}

export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  minimum?: number;
}

export function operation(doc: OpenApiDocument, route: Route) {
  const path = route.path.replace(/:(\w+)/g, '{$1}');
  return doc.paths[path]?.[route.method];
}

export function resolveSchema(doc: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.$ref) return resolveSchema(doc, doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf) {
    return schema.allOf.reduce<JsonSchema>((acc, part) => {
      const s = resolveSchema(doc, part) ?? {};
      return { ...acc, ...s, properties: { ...acc.properties, ...s.properties }, required: [...(acc.required ?? []), ...(s.required ?? [])] };
    }, {});
  }
  return schema;
}

/**
 * A plausible value for a schema: the field's known good value by name (ids of records that
 * exist, dates in the past), else its example, enum or a value of its type.
 */
export function sampleValue(doc: OpenApiDocument, schema: JsonSchema | undefined, name: string, known: Record<string, unknown>, depth = 0): unknown {
  if (name in known) return known[name];
  const s = resolveSchema(doc, schema);
  if (!s || depth > 5) return 'text';
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  switch (s.type) {
    case 'object':
    case undefined:
      if (!s.properties) return s.type === 'object' ? {} : 'text';
      return Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, sampleValue(doc, v, k, known, depth + 1)]));
    case 'array':
      return [sampleValue(doc, s.items, name, known, depth + 1)];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    default:
      return s.format === 'date-time' ? new Date(Date.now() - 86_400_000).toISOString() : 'Ordinary text';
  }
}

export function requestBodySchema(doc: OpenApiDocument, route: Route): JsonSchema | undefined {
  const op = operation(doc, route);
  return resolveSchema(doc, op?.requestBody?.content['application/json']?.schema);
}

export function queryParameters(doc: OpenApiDocument, route: Route): { name: string; schema?: JsonSchema }[] {
  return (operation(doc, route)?.parameters ?? []).filter((p) => p.in === 'query');
}

/** Opens a server-sent-events route and reports its status (and first bytes) after waitMs, then hangs up. */
export function probeStream(app: INestApplication, path: string, headers: Record<string, string>, waitMs = 300): Promise<{ status: number; body: string }> {
  const { port } = app.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      setTimeout(() => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      }, waitMs);
    });
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
  });
}
