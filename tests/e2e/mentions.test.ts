import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, useServedSite } from '../support/browser.ts';

// The handbook's sentences on an entry page, followed in Chromium the way a reader does.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function start(path: string, width: number): Promise<Page> {
  const { context, page, problems } = await openPage(site.browser, { viewport: { width, height: 800 } });
  closers.push(async () => {
    expect(problems.all(), `problems logged on ${path}`).toEqual([]);
    await context.close();
  });
  await page.goto(site.server.url + path, { waitUntil: 'load' });
  return page;
}

const mentions = (page: Page) => page.getByRole('region', { name: 'Käsiraamatus mainitud', exact: true });

describe('linked mentions in a real browser', () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px, the link under a sentence on Kvaliteedijuht lands on its heading in chapter 1, with the sentence below it`, async () => {
      const page = await start('/ametikohad/kvaliteedijuht/', width);
      const item = mentions(page).getByRole('listitem').filter({ hasText: 'VAJS keskse koordineerimise eest' });
      expect(await item.locator('mark').allInnerTexts()).toEqual(['kvaliteedijuht']);
      await item.getByRole('link', { name: '1.4. Rollid ja vastutus', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/kasiraamat/1-eesmark-ja-uldsatted/' && url.hash === '#14-rollid-ja-vastutus');
      const heading = page.locator('[id="14-rollid-ja-vastutus"]');
      expect(await heading.evaluate((element) => element.tagName)).toBe('H2');
      expect(await heading.innerText()).toBe('1.4. Rollid ja vastutus');
      // The browser scrolled the heading into the upper part of the window, and nothing covers it.
      await expect.poll(async () => (await heading.boundingBox())?.y ?? -100).toBeGreaterThan(-1);
      expect((await heading.boundingBox())!.y).toBeLessThan(800 / 2);
      const uncovered = await heading.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + 10, box.top + box.height / 2);
        return top !== null && element.contains(top);
      });
      expect(uncovered).toBe(true);
      const sentence = page.getByText('VAJS keskse koordineerimise eest ministeeriumi tasandil vastutab', { exact: false });
      expect((await sentence.boundingBox())!.y).toBeGreaterThan((await heading.boundingBox())!.y);
    });
  }

  it('folds the rest of a long chapter under "ja veel N mainimist", opens it without script, and passes axe open', async () => {
    const page = await start('/asutused/som/', 1280);
    const more = mentions(page).locator('details');
    const summary = more.first().locator('summary');
    const count = Number((await summary.innerText()).match(/\d+/)![0]);
    expect(await summary.innerText()).toBe(`ja veel ${count} mainimist`);
    // Folded items are out of the accessibility tree until opened, so they are counted as elements.
    const folded = more.first().locator('li');
    expect(await folded.count()).toBe(count);
    expect(await folded.first().isVisible()).toBe(false);
    await summary.click();
    expect(await folded.first().isVisible()).toBe(true);
    const results = await new AxeBuilder({ page }).include('.mentions').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
