import { getToken } from './session.js';

/** An answer other than 2xx, with the API's body: `{ statusCode, error, message, fields? }`. */
export class ApiError extends Error {
  /** @param {number} status @param {any} body */
  constructor(status, body) {
    super(typeof body?.message === 'string' ? body.message : Array.isArray(body?.message) ? body.message.join('; ') : `Request failed (${status})`);
    this.status = status;
    this.body = body;
    /** @type {Record<string, string[]>} */
    this.fields = body?.fields ?? {};
    /** A signed-in call answered 401: the session handler has taken the user to sign-in. */
    this.sessionEnded = false;
  }
}

/** Called when a signed-in request gets 401: the token expired or was revoked. */
/** @type {(error: ApiError) => void} */
let onUnauthorized = () => {};
/** @param {(error: ApiError) => void} handler */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/**
 * Calls the API under /api/v1 with the bearer token.
 * @param {string} path e.g. '/cases?overdue=true'
 * @param {{ method?: string, body?: unknown, headers?: Record<string, string>, anonymous?: boolean }} [options]
 */
export async function api(path, options = {}) {
  /** @type {Record<string, string>} */
  const headers = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = getToken();
  if (!options.anonymous && token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { message: 'The server could not be reached. Check the connection and try again.' });
  }
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return body;
  const error = new ApiError(response.status, body);
  if (response.status === 401 && !options.anonymous) {
    error.sessionEnded = true;
    onUnauthorized(error);
  }
  throw error;
}

export const post = (path, body, headers) => api(path, { method: 'POST', body: body ?? {}, headers });

/** A signed-in connection outside api() (the live stream) was answered 401. */
export function sessionExpired() {
  if (getToken()) onUnauthorized(new ApiError(401, { message: 'The token is invalid or has expired; sign in again' }));
}

/**
 * Downloads a file the API serves (CSV, reports) with the bearer token: a plain link cannot send
 * the header, so the file is fetched, kept as a Blob and saved through a temporary object URL.
 * @param {string} path under /api/v1, e.g. '/deadlines.csv?state=overdue'
 * @param {string} filename the name the browser saves it under
 */
export async function download(path, filename) {
  const token = getToken();
  let response;
  try {
    response = await fetch(`/api/v1${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, { message: 'The server could not be reached. Check the connection and try again.' });
  }
  if (!response.ok) {
    const error = new ApiError(response.status, await response.json().catch(() => null));
    if (response.status === 401) {
      error.sessionEnded = true;
      onUnauthorized(error);
    }
    throw error;
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A query string from the defined, non-empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '' && value !== false) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A v4 UUID for Idempotency-Key; randomUUID needs a secure context, getRandomValues does not. */
export function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
