import { ApiError } from './api.js';
import { h } from './dom.js';
import { has } from './roles.js';
import { getUser, rememberReturn } from './session.js';
import { unmountViews } from './ui.js';
import { errorPage, notAllowedPage, notFoundPage } from './views/messages.js';

/**
 * History-API routing. Each route names the permission its page needs (the user's permissions come
 * from the API); a view is `async (ctx) => Node` and its first <h1> receives focus once it is shown.
 * @typedef {{ params: Record<string, string>, query: URLSearchParams, user: import('./session.js').User | null, flash: string | null }} ViewContext
 * @typedef {{ pattern: RegExp, keys: string[], view: (ctx: ViewContext) => Promise<Node | null> | Node | null, needs: string | null }} Route
 */

/** @type {Route[]} */
const routes = [];
let rendering = 0;
let pendingFlash = null;
/** @type {(pathname: string) => void} */
let afterRender = () => {};

/**
 * @param {string} path e.g. '/cases/:id'
 * @param {Route['view']} view
 * @param {string | null} needs the permission the page needs; '' any signed-in user; null anyone, even signed out
 */
export function route(path, view, needs) {
  const keys = [];
  const source = path.replace(/:(\w+)/g, (_, key) => {
    keys.push(key);
    return '([^/]+)';
  });
  routes.push({ pattern: new RegExp(`^${source}/?$`), keys, view, needs });
}

/** @param {string} path @param {{ replace?: boolean, flash?: string }} [options] flash: a message the next page announces */
export function navigate(path, options = {}) {
  pendingFlash = options.flash ?? null;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  return render();
}

export function onRendered(handler) {
  afterRender = handler;
}

function match(pathname) {
  for (const r of routes) {
    const m = r.pattern.exec(pathname);
    if (m) return { route: r, params: Object.fromEntries(r.keys.map((k, i) => [k, decodeURIComponent(m[i + 1])])) };
  }
  return null;
}

async function pageFor(found, user, ctx) {
  if (!found) return notFoundPage('There is no page at this address.');
  if (found.route.needs && !has(user, found.route.needs)) return notAllowedPage(user);
  try {
    return await found.route.view(ctx);
  } catch (error) {
    if (error instanceof ApiError && error.sessionEnded) return null;
    if (error instanceof ApiError && error.status === 403) return notAllowedPage(user);
    if (error instanceof ApiError && error.status === 404) return notFoundPage(error.message);
    console.error(error);
    return errorPage(error instanceof ApiError ? error.message : 'This page could not be shown.');
  }
}

export async function render() {
  const token = ++rendering;
  const { pathname, search } = location;
  const found = match(pathname);
  const user = getUser();
  if (found && found.route.needs !== null && !user) {
    rememberReturn(pathname + search);
    return navigate('/sign-in', { replace: true });
  }
  const main = /** @type {HTMLElement} */ (document.getElementById('main'));
  main.setAttribute('aria-busy', 'true');
  const flash = pendingFlash;
  pendingFlash = null;
  const page = await pageFor(found, user, { params: found?.params ?? {}, query: new URLSearchParams(search), user, flash });
  if (token !== rendering || !page) return;
  unmountViews(main);
  main.replaceChildren(page);
  main.setAttribute('aria-busy', 'false');
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} — MOU Casework` : 'MOU Casework';
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  afterRender(pathname);
}

/**
 * Same-origin links navigate without reloading; modified clicks keep their usual meaning.
 * @param {{ render?: boolean }} [options] render: false when a page is already on its way (the session ended on start)
 */
export function startRouter(options = {}) {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? /** @type {HTMLAnchorElement | null} */ (event.target.closest('a[href]')) : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || (url.hash && url.pathname === location.pathname)) return;
    event.preventDefault();
    void navigate(url.pathname + url.search);
  });
  window.addEventListener('popstate', () => void render());
  return options.render === false ? Promise.resolve() : render();
}

/** A heading for a page, with an optional line under it. */
export function pageHeader(title, ...rest) {
  return h('div', { class: 'page-header' }, h('h1', {}, title), ...rest);
}
