import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, openSharedPage, type PageProblems, useServedSite } from '../support/browser.ts';

// The figures and the wide tables in a real browser: nothing cut at a phone's, a small laptop's
// and a desktop's width, a scroll hint exactly where a region scrolls, labels that do not
// overlap in the real font, and axe at both ends.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHAPTER_1 = '/kasiraamat/1-eesmark-ja-uldsatted/';
const FIGURE_PAGES = ['/kasiraamat/2-valitsemisala-toimimine/', '/poliitikavaldkonnad/', '/juhtimisorganid/'];
const TABLE_PAGES = [CHAPTER_1, '/kasiraamat/3-ministeeriumi-toimimine/', '/juhtimisorganid/'];

async function atWidth(width: number): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  return openPage(site.browser, { viewport: { width, height: 900 } });
}

/** One page at `width` for the tests of a describe block. */
const sharedAtWidth = (width: number) => openSharedPage(site, { viewport: { width, height: 900 } });

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Every table of the page's main text: whether it fits its box, whether a cell is cut, and the region it may scroll in. */
function tablesOf(page: Page) {
  return page.$$eval('main table', (tables) =>
    tables.map((table) => {
      const region = table.closest<HTMLElement>('[role="region"]');
      const box = table.parentElement!;
      const hint = region?.querySelector<HTMLElement>('.scroll-hint');
      return {
        name: table.querySelector('caption')?.textContent?.trim() ?? region?.getAttribute('aria-label') ?? '(nimeta tabel)',
        fits: box.scrollWidth <= box.clientWidth + 1,
        cutCells: [...table.querySelectorAll<HTMLElement>('th, td')].filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent!.trim().slice(0, 30)),
        region: region ? { label: region.getAttribute('aria-label'), focusable: region.tabIndex === 0, scrolls: region.scrollWidth > region.clientWidth + 1 } : undefined,
        hintShown: hint ? hint.getBoundingClientRect().height > 0 && getComputedStyle(hint).visibility !== 'hidden' : undefined,
      };
    }),
  );
}

describe.each([375, 900, 1280])('the tables at %i px', (width) => {
  const shared = sharedAtWidth(width);

  for (const path of TABLE_PAGES) {
    it(`${path}: no cell is cut, and a table that does not fit scrolls in a labelled, focusable region that says so`, async () => {
      await visit(shared.page, path);
      const tables = await tablesOf(shared.page);
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) {
        expect(table.cutCells, `${table.name}: cells cut`).toEqual([]);
        if (!table.fits) {
          expect(table.region, `${table.name} is wider than its box but not in a region`).toBeDefined();
          expect(table.region!.label, table.name).toBeTruthy();
          expect(table.region!.focusable, table.name).toBe(true);
        }
        if (table.hintShown !== undefined) expect(table.hintShown, `${table.name}: the hint shows exactly while the region scrolls`).toBe(table.region!.scrolls);
      }
    });
  }
});

describe('table 2 at 1280 px', () => {
  it('fits the chapter column beside the chapter list and the on-this-page list: no scrolling, no cut cell, no hint', async () => {
    const { context, page } = await atWidth(1280);
    try {
      await visit(page, CHAPTER_1);
      const [table2] = (await tablesOf(page)).filter((table) => table.name.startsWith('Tabel 2.'));
      expect(table2).toMatchObject({ fits: true, cutCells: [], region: { scrolls: false }, hintShown: false });
      const headings = await page.locator('.bodies-table thead th').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right));
      const column = await page.locator('main').evaluate((main) => main.getBoundingClientRect().right);
      expect(Math.max(...headings), '"Regulaarsus" is on screen').toBeLessThanOrEqual(column + 1);
    } finally {
      await context.close();
    }
  });
});

describe('the figures', () => {
  for (const width of [375, 1280]) {
    describe(`at ${width} px`, () => {
      const shared = sharedAtWidth(width);

      for (const path of FIGURE_PAGES) {
        it(`${path} has no WCAG 2.1 A/AA violation and no console problem`, async () => {
          shared.problems.clear();
          await visit(shared.page, path);
          const { violations } = await new AxeBuilder({ page: shared.page }).withTags(WCAG_TAGS).analyze();
          expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
          expect(shared.problems.all()).toEqual([]);
        });

        it(`${path} does not scroll sideways outside a labelled region`, async () => {
          await visit(shared.page, path);
          const sticking = await shared.page.evaluate(() => {
            const limit = document.documentElement.clientWidth;
            const inRegion = (element: Element) => element.closest('[role="region"][aria-label]') !== null;
            return {
              scrollWidth: document.documentElement.scrollWidth,
              limit,
              out: [...document.querySelectorAll('main *')].filter((element) => element.getBoundingClientRect().right > limit + 1 && !inRegion(element)).map((element) => element.tagName).slice(0, 5),
            };
          });
          expect(sticking.out).toEqual([]);
          expect(sticking.scrollWidth).toBeLessThanOrEqual(sticking.limit + 1);
        });

        it(`${path} shows one drawing of each figure, its text at least 12 px, no label over another and every box's words inside it`, async () => {
          await visit(shared.page, path);
          const report = await shared.page.$$eval('figure.data-figure svg[role="img"]', (svgs) =>
            svgs
              .filter((svg) => svg.getClientRects().length > 0)
              .map((svg) => {
                const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
                const fontSize = Number(svg.getAttribute('font-size')) * scale;
                // Upright labels only: the slanted headings' boxes overlap as rectangles though their letters do not.
                const labels = [...svg.querySelectorAll<SVGTextElement>('text:not([transform])')].map((text) => ({ text: text.textContent!.trim(), box: text.getBoundingClientRect() }));
                const overlaps: string[] = [];
                labels.forEach((a, index) => {
                  for (const b of labels.slice(index + 1)) {
                    const apart = a.box.right <= b.box.left + 0.5 || b.box.right <= a.box.left + 0.5 || a.box.bottom <= b.box.top + 0.5 || b.box.bottom <= a.box.top + 0.5;
                    if (!apart) overlaps.push(`"${a.text}" / "${b.text}"`);
                  }
                });
                const overflowing = [...svg.querySelectorAll('.fig-area')].filter((area) => {
                  const rect = area.querySelector('rect')!.getBoundingClientRect();
                  const text = area.querySelector('text')?.getBoundingClientRect();
                  return text && (text.left < rect.left || text.right > rect.right || text.top < rect.top || text.bottom > rect.bottom);
                }).map((area) => area.textContent!.trim());
                const svgBox = svg.getBoundingClientRect();
                const outside = labels.filter(({ box }) => box.left < svgBox.left - 0.5 || box.right > svgBox.right + 0.5).map(({ text }) => text);
                return { figure: svg.closest('figure')!.id, fontSize, overlaps, overflowing, outside };
              }),
          );
          const figures = await shared.page.$$eval('figure.data-figure', (list) => list.map((figure) => figure.id));
          expect(report.map((entry) => entry.figure).sort(), 'one drawing shown per figure').toEqual([...figures].sort());
          for (const entry of report) {
            expect(entry.fontSize, entry.figure).toBeGreaterThanOrEqual(12);
            expect(entry.overlaps, entry.figure).toEqual([]);
            expect(entry.overflowing, entry.figure).toEqual([]);
            expect(entry.outside, entry.figure).toEqual([]);
          }
        });
      }
    });
  }

  it('prints the wide drawing of a figure, scaled to the paper, even from a phone', async () => {
    const { context, page } = await atWidth(375);
    try {
      await visit(page, '/kasiraamat/2-valitsemisala-toimimine/');
      await page.emulateMedia({ media: 'print' });
      const shown = await page.$$eval('#joonis-poliitikavaldkonnad svg', (svgs) =>
        svgs.filter((svg) => svg.getClientRects().length > 0).map((svg) => ({ variant: svg.classList.contains('variant-wide') ? 'wide' : 'narrow', fits: svg.getBoundingClientRect().right <= document.documentElement.clientWidth + 1 })),
      );
      expect(shown).toEqual([{ variant: 'wide', fits: true }]);
    } finally {
      await context.close();
    }
  });

  it('lets the membership matrix scroll on a phone with a visible hint, and shows it whole on a desktop', async () => {
    for (const [width, scrolls] of [[375, true], [1280, false]] as const) {
      const { context, page } = await atWidth(width);
      try {
        await visit(page, '/juhtimisorganid/');
        const region = page.locator('#joonis-osalejad [role="region"]');
        expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth + 1), `scrolls at ${width} px`).toBe(scrolls);
        expect(await region.getAttribute('aria-label')).toBe('Kes millises otsustuskogus osaleb');
        expect(await region.locator('.scroll-hint').isVisible(), `hint at ${width} px`).toBe(scrolls);
        if (scrolls) {
          await region.focus();
          await page.keyboard.press('ArrowRight');
          await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
        }
      } finally {
        await context.close();
      }
    }
  });
});
