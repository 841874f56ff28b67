import { sessionExpired } from './api.js';
import { h } from './dom.js';

/**
 * Live updates from the server-sent event stream (GET /events/stream): one connection per
 * signed-in tab, shared by the pages that want to refresh when something they show changes.
 *
 * The stream is read with fetch rather than EventSource: the token travels in the Authorization
 * header instead of the address (`?access_token=` also works, but addresses end up in logs), and
 * every event type arrives without listing the types beforehand (EventSource hands named events
 * only to listeners registered under each name). A dropped connection is retried with back-off;
 * after a reconnection every subscriber gets `{ type: 'RESYNC' }`, as events may have been missed.
 *
 * @typedef {{ stream: 'case'|'entry'|'facility'|'review'|'live', id: string, sequence: number, type: string, occurredAt: string }} LiveEvent
 * @typedef {{ element: Element | null, filter: (e: LiveEvent) => boolean, handler: (events: LiveEvent[]) => void,
 *   delayMs: number, batch: LiveEvent[], timer: number | null, connected: boolean, since: number }} Subscriber
 */

const RETRY_MS = [1000, 2000, 5000, 10_000, 30_000];
const RESYNC = /** @type {LiveEvent} */ ({ stream: 'live', id: '', sequence: 0, type: 'RESYNC', occurredAt: '' });

/** @type {Set<Subscriber>} */
const subscribers = new Set();
/** @type {'off'|'connecting'|'live'|'retrying'} */
let state = 'off';
let token = null;
let controller = null;
let retryTimer = null;
let failures = 0;
let everConnected = false;

const indicator = h('span', { class: 'live-indicator', role: 'status', dataset: { state } });

/** The small "live" indicator for the header; the same element wherever it is placed. */
export function liveIndicator() {
  return indicator;
}

function setState(next) {
  state = next;
  indicator.dataset.state = next;
  const text = { off: '', connecting: 'Connecting…', live: 'Live', retrying: 'Reconnecting…' }[next];
  indicator.title =
    next === 'live' ? 'Live updates are on: pages refresh when something they show changes.' : next === 'retrying' ? 'The live connection dropped; trying again.' : '';
  indicator.replaceChildren(...(text ? [h('span', { class: 'live-dot', 'aria-hidden': 'true' }, next === 'live' ? '●' : '○'), ` ${text}`] : []));
}

export function liveState() {
  return state;
}

/** Connects (or keeps the connection) for this token; null disconnects. */
export function startLive(newToken) {
  if (!newToken) return stopLive();
  if (newToken === token && state !== 'off') return;
  stopLive();
  token = newToken;
  everConnected = false;
  void connect();
}

export function stopLive() {
  token = null;
  controller?.abort();
  controller = null;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  failures = 0;
  setState('off');
}

async function connect() {
  const mine = new AbortController();
  controller = mine;
  setState(everConnected ? 'retrying' : 'connecting');
  try {
    const response = await fetch('/api/v1/events/stream', {
      headers: { Authorization: `Bearer ${token}`, Accept: 'text/event-stream' },
      cache: 'no-store',
      signal: mine.signal,
    });
    if (response.status === 401) {
      stopLive();
      sessionExpired();
      return;
    }
    if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
    failures = 0;
    setState('live');
    if (everConnected) deliver(RESYNC, true);
    everConnected = true;
    await readEvents(response.body, mine.signal);
    throw new Error('stream ended');
  } catch {
    if (mine.signal.aborted || controller !== mine) return;
    setState('retrying');
    const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (controller === mine) void connect();
    }, wait);
  }
}

/** Splits the text/event-stream into blocks (`event:` / `data:` lines, a blank line after each). */
async function readEvents(body, signal) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  while (!signal.aborted) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    buffer = buffer.replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parse(block);
      if (event) deliver(event, false);
    }
  }
}

function parse(block) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (name === 'heartbeat' || !data.length) return null;
  try {
    const payload = JSON.parse(data.join('\n'));
    return /** @type {LiveEvent} */ ({ ...payload, type: payload.type ?? name });
  } catch {
    return null;
  }
}

function deliver(event, everyone) {
  const now = Date.now();
  for (const sub of subscribers) {
    if (sub.element) {
      // A page's subscription ends when the page leaves the document (the next navigation).
      if (sub.element.isConnected) sub.connected = true;
      else if (sub.connected || now - sub.since > 30_000) {
        subscribers.delete(sub);
        continue;
      } else continue;
    }
    if (!everyone && !sub.filter(event)) continue;
    sub.batch.push(event);
    if (sub.timer) continue;
    sub.timer = setTimeout(() => {
      sub.timer = null;
      const batch = sub.batch.splice(0);
      if (!sub.element || sub.element.isConnected) sub.handler(batch);
    }, sub.delayMs);
  }
}

/**
 * Calls `handler` (a few at a time, after `delayMs` of quiet) with the events that pass `filter`,
 * and with `{ type: 'RESYNC' }` after a reconnection. With an element, the subscription ends
 * once that element has left the document.
 * @param {Element | null} element
 * @param {(e: LiveEvent) => boolean} filter
 * @param {(events: LiveEvent[]) => void} handler
 * @returns {() => void} unsubscribe
 */
export function onLive(element, filter, handler, delayMs = 300) {
  /** @type {Subscriber} */
  const sub = { element, filter, handler, delayMs, batch: [], timer: null, connected: false, since: Date.now() };
  subscribers.add(sub);
  return () => subscribers.delete(sub);
}

/** The highest sequence already shown in a timeline, to skip events the page already reflects. */
export function lastSequence(timeline) {
  return timeline.reduce((max, e) => Math.max(max, Number(e.sequence) || 0), 0);
}

/** Says something to screen readers without moving focus. */
export function announce(message) {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}
