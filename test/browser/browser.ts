import { existsSync, mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { freePort } from '../../tools/stack/free-port';
import { startTestSystem, TestSystem } from '../support/system';

/** Debian's chromium (apt-get install chromium), or CHROMIUM_PATH. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!path) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return path;
}

export interface BrowserSystem {
  sys: TestSystem;
  baseUrl: string;
  browser: Browser;
  newPage(): Promise<Page>;
  signIn(page: Page, email: string): Promise<void>;
  /** Saves a PNG under test-artifacts/screenshots, kept by CI as evidence. */
  screenshot(page: Page, name: string): Promise<string>;
  stop(): Promise<void>;
}

/** The real system (API serving the web app, worker, PostgreSQL, Temporal) and a headless Chromium. */
export async function startBrowserSystem(name: string, overrides: Record<string, string> = {}): Promise<BrowserSystem> {
  // The port is chosen first, so that links the system e-mails (PUBLIC_URL) lead to it.
  const chosen = await freePort();
  const sys = await startTestSystem(name, { PUBLIC_URL: `http://127.0.0.1:${chosen}`, ...overrides });
  await sys.app.listen(chosen, '127.0.0.1');
  const { port } = sys.app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const shots = resolve(__dirname, '../../test-artifacts/screenshots');
  mkdirSync(shots, { recursive: true });
  return {
    sys,
    baseUrl,
    browser,
    newPage: async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: baseUrl });
      return context.newPage();
    },
    async signIn(page, email) {
      await page.goto('/');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password').fill('demo-password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
    },
    async screenshot(page, shot) {
      const file = resolve(shots, `${shot}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async stop() {
      await browser.close();
      await sys.stop();
    },
  };
}

/** A suite's browser system and helpers; `newPage` records the page's script errors. */
export interface BrowserSuite {
  readonly sys: TestSystem;
  readonly baseUrl: string;
  newPage(): Promise<Page>;
  signIn(page: Page, email: string): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  /** The page's main heading. */
  heading(page: Page, name: string | RegExp): ReturnType<Page['getByRole']>;
  /** An Authorization header for API set-up steps another test covers in the browser. */
  bearer(email: string): Promise<{ Authorization: string }>;
}

/**
 * Starts the system before the suite and stops it after; any script error in a page the suite
 * opened fails the test that caused it. `overrides` (settings, e.g. an SMTP relay started by an
 * earlier beforeAll) is read when the system starts.
 */
export function browserSuite(name: string, overrides: () => Record<string, string> = () => ({})): BrowserSuite {
  let system: BrowserSystem | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    system = await startBrowserSystem(name, overrides());
  });
  afterAll(() => system?.stop());
  afterEach(() => expect(pageErrors.splice(0)).toEqual([]));
  const started = () => {
    if (!system) throw new Error(`the browser system of ${name} is not running`);
    return system;
  };
  return {
    get sys() {
      return started().sys;
    },
    get baseUrl() {
      return started().baseUrl;
    },
    newPage: async () => {
      const page = await started().newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    signIn: (page, email) => started().signIn(page, email),
    screenshot: (page, shot) => started().screenshot(page, shot),
    heading: (page, heading) => page.getByRole('heading', { level: 1, name: heading }),
    bearer: async (email) => ({ Authorization: `Bearer ${await started().sys.login(email)}` }),
  };
}
