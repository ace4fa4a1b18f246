import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, type PageProblems, useServedSite } from '../support/browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/deploy-config.ts';
import { PAGE_TYPES, readySelector } from '../../scripts/lib/page-types.ts';

// Every page type, in Chromium under the production Content-Security-Policy: WCAG 2.1 A/AA by axe,
// and a clean console. Screenshots for people to look at are `npm run screenshots`.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 900 };

let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  ({ context, page, problems } = await openPage(site.browser, { viewport: DESKTOP }));
});

afterAll(async () => {
  await context?.close();
});

/** Loads a page and waits until its fonts and scripts have settled. */
async function load(path: string): Promise<void> {
  problems.clear();
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  // The page really ran under the strict policy, so a clean console means it obeys it.
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const ready = readySelector(path);
  if (ready) await page.locator(ready).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** One readable line per violation: rule id, impact, message, and the selectors of every element. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`);
      return `  [${violation.id}] (${violation.impact}) ${violation.help}\n${targets.join('\n')}`;
    })
    .join('\n');
}

describe('every page type in a real browser', () => {
  for (const { type, path } of PAGE_TYPES) {
    it(`${path} (${type}) has no WCAG 2.1 A/AA violation and loads without CSP violation or console error`, async () => {
      await load(path);
      const loadProblems = problems.all();
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations;
      expect(violations.length, `axe found ${violations.length} WCAG violation(s) on ${path}:\n${describeViolations(violations)}`).toBe(0);
      expect(loadProblems, `problems logged while loading ${path}`).toEqual([]);
      expect(problems.all(), `problems logged while checking ${path}`).toEqual([]);
    });
  }

  it('the site has a favicon, so browsers do not log a failed request for /favicon.ico on every first visit', async () => {
    await load('/');
    // Chromium asks for the declared icon, or for /favicon.ico when a page declares none. It asks only
    // once per browser, so check the address itself rather than waiting for the console message.
    const links = page.locator('link[rel~="icon"][href]');
    const declared = (await links.count()) > 0 ? await links.first().getAttribute('href') : null;
    const icon = declared ?? '/favicon.ico';
    if (icon.startsWith('data:')) return;
    const response = await page.request.get(new URL(icon, page.url()).href);
    expect(response.status(), `GET ${icon} (${declared ? 'declared by <link rel="icon">' : 'no <link rel="icon"> on the page, so the browser asks for /favicon.ico'})`).toBe(200);
  });
});
