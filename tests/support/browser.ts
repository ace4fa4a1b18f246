import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { startSiteServer, type SiteServer } from '../../scripts/lib/nginx-server.ts';

export { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../../scripts/lib/chromium.ts';

/**
 * A fresh context (axe needs one) with a page in it, and the problems that page records from
 * the start (see collectProblems); close the context when done.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  // Fail fast: a static site on localhost answers in milliseconds.
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  return { context, page, problems: collectProblems(page) };
}

export interface PageProblems {
  /** Content-Security-Policy violations reported by the browser. */
  csp: string[];
  /** Every other console error (failed resource loads included). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page's scripts. */
  pageErrors: string[];
  /**
   * The browser's own request for /favicon.ico failing. Kept apart from the rest because the
   * browser, not the page, asks for it; one test checks it on its own (see accessibility.test.ts).
   */
  favicon: string[];
  /** All of the above, labelled; empty when the page loaded cleanly. */
  all(): string[];
  clear(): void;
}

/** One context and page for the tests of a describe block, opened before them and closed after; reuse the page from test to test. */
export function openSharedPage(site: ServedSite, options: BrowserContextOptions = {}): { context: BrowserContext; page: Page; problems: PageProblems } {
  const shared = {} as { context: BrowserContext; page: Page; problems: PageProblems };
  beforeAll(async () => {
    Object.assign(shared, await openPage(site.browser, options));
  });
  afterAll(async () => {
    await shared.context?.close();
  });
  return shared;
}

/** Records CSP violations, console errors and uncaught exceptions of one page from now on. */
function collectProblems(page: Page): PageProblems {
  const problems: PageProblems = {
    csp: [],
    consoleErrors: [],
    pageErrors: [],
    favicon: [],
    all: () => [
      ...problems.csp.map((message) => `CSP: ${message}`),
      ...problems.consoleErrors.map((message) => `console.error: ${message}`),
      ...problems.pageErrors.map((message) => `page error: ${message}`),
    ],
    clear: () => {
      problems.csp.length = 0;
      problems.consoleErrors.length = 0;
      problems.pageErrors.length = 0;
      problems.favicon.length = 0;
    },
  };
  page.on('console', (message) => {
    const text = message.text();
    const where = message.location().url;
    const entry = where ? `${text} (${where})` : text;
    if (/Content[- ]Security[- ]Policy/i.test(text)) problems.csp.push(entry);
    else if (message.type() === 'error' && /\/favicon\.ico$/.test(where)) problems.favicon.push(entry);
    else if (message.type() === 'error') problems.consoleErrors.push(entry);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  return problems;
}

/** The relative luminance (WCAG 2) of a CSS rgb()/rgba() colour string. */
export function luminance(color: string): number {
  const parts = color.match(/[\d.]+/g)?.map(Number) ?? [];
  if (parts.length < 3) throw new Error(`Not an rgb() colour: ${color}`);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parts as [number, number, number];
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export interface ServedSite {
  server: SiteServer;
  browser: Browser;
}

/**
 * Serves a built site with nginx and deploy/nginx.conf, as deployed, and starts Chromium for the tests of one
 * file or describe block, and stops both after them. `dir` may be given late, as a function,
 * when the site is built in an earlier beforeAll.
 */
export function useServedSite(dir: string | (() => string)): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    [site.server, site.browser] = await Promise.all([startSiteServer(typeof dir === 'function' ? dir() : dir), launchBrowser()]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
