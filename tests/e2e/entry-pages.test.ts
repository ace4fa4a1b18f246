import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

// The entry pages an employee looks things up on, on a phone and on a desktop: axe finds no
// WCAG 2.1 A/AA violation at either width, and the facts lists stay readable on the phone.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const ENTRY_PAGES = [
  '/rollid/poliitikajuht/',
  '/rollid/teenusejuht/',
  '/rollid/ska-testjuht/',
  '/ametikohad/kvaliteedijuht/',
  '/ametikohad/ska-teenuste-osakonna-juhataja/',
  '/juhtimisorganid/kantsleri-koosolek/',
  '/algatused/sotsiaal-ja-tervisevaldkonna-integratsioon/',
  '/poliitikavaldkonnad/ohvriabipoliitika/',
  '/struktuuriuksused/ram-uhisosakond/',
  '/asutused/som/',
];

for (const width of [375, 1280]) {
  describe(`at ${width} px`, () => {
    it.each(ENTRY_PAGES)('%s has no WCAG 2.1 A/AA violation', async (path) => {
      const { context, page } = await openPage(site.browser, { viewport: { width, height: 900 } });
      try {
        const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
        // Every fact's label sits above or beside its value, inside the window.
        const outside = await page.evaluate((limit) => [...document.querySelectorAll('dl.facts > dt, dl.facts > dd')].filter((cell) => cell.getBoundingClientRect().right > limit + 1).length, width);
        expect(outside).toBe(0);
      } finally {
        await context.close();
      }
    });
  });
}
