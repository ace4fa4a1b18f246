import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { luminance, openPage, openSharedPage, useServedSite } from '../support/browser.ts';
import { CONTROLLED_COPY, PAGE_TYPES, readySelector } from '../../scripts/lib/page-types.ts';

// Layout in a real browser: the narrowest phone, dark mode and print, on every page type.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);

/** One context and page for a describe block; the page is reused from page to page. */
const sharedPage = (options: Parameters<typeof openPage>[1]) => openSharedPage(site, options);

async function visit(page: Page, path: string): Promise<void> {
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  const ready = readySelector(path);
  if (ready) await page.locator(ready).first().waitFor();
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

describe('at 320 px wide (WCAG 1.4.10 Reflow)', () => {
  const shared = sharedPage({ viewport: { width: 320, height: 640 } });

  for (const { type, path } of PAGE_TYPES) {
    it(`${path} (${type}) does not scroll sideways`, async () => {
      await visit(shared.page, path);
      const result = await shared.page.evaluate(() => {
        const root = document.documentElement;
        const limit = root.clientWidth;
        // The outermost elements that stick out on the right (and are not inside a scrolling box), to say what overflows.
        const clipped = (element: HTMLElement) => {
          for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== 'visible') return true;
          }
          return false;
        };
        const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
          .filter((element) => element.getBoundingClientRect().right > limit + 1 && element.getClientRects().length > 0 && !clipped(element))
          .filter((element, _index, all) => !all.some((other) => other !== element && other.contains(element)))
          .slice(0, 5)
          .map((element) => {
            const classes = [...element.classList].map((name) => `.${name}`).join('');
            const control = element.querySelector<HTMLElement>('select, input, textarea');
            const label = element.tagName === 'LABEL' && control;
            const text = (label ? (element.firstChild?.textContent ?? '') : (element.innerText ?? '')).trim().replace(/\s+/g, ' ').slice(0, 40);
            const inner = label ? ` > ${control.tagName.toLowerCase()}[name=${control.getAttribute('name')}] (${Math.round(control.getBoundingClientRect().width)} px wide)` : '';
            return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} "${text}"${inner} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
          });
        return { scrollWidth: root.scrollWidth, clientWidth: limit, wide };
      });
      expect(result.scrollWidth, `${path} is ${result.scrollWidth} px wide in a ${result.clientWidth} px window; sticking out: ${result.wide.join(', ') || 'nothing found'}`).toBeLessThanOrEqual(
        result.clientWidth + 1,
      );
    });
  }
});

describe('at 375 px wide (a phone)', () => {
  const shared = sharedPage({ viewport: { width: 375, height: 800 } });

  // WCAG 2.4.3 Focus Order and 1.3.2 Meaningful Sequence (technique C27): when the columns of the
  // layout stack up on a phone, they must stack in the order in which the keyboard reaches them.
  it('stacks the chapter list, the text and the on-this-page list in their reading and focus order', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { path } of PAGE_TYPES) {
      await visit(shared.page, path);
      const parts = await shared.page.$$eval('.layout > *', (children) =>
        (children as HTMLElement[])
          .filter((child) => child.getClientRects().length > 0)
          .map((child) => ({ name: `${child.tagName.toLowerCase()}${child.className ? `.${child.className.split(/\s+/)[0]}` : ''}${child.getAttribute('aria-label') ? ` "${child.getAttribute('aria-label')}"` : ''}`, top: Math.round(child.getBoundingClientRect().top) })),
      );
      if (parts.length < 2) continue;
      checked += 1;
      const domOrder = parts.map((part) => part.name);
      const screenOrder = [...parts].sort((a, b) => a.top - b.top).map((part) => part.name);
      if (domOrder.join() !== screenOrder.join()) wrong.push(`${path}: keyboard order ${domOrder.join(' → ')}, but on screen ${screenOrder.join(' → ')}`);
    }
    expect(checked, 'pages with a sidebar among the page types').toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('in dark mode', () => {
  const shared = sharedPage({ colorScheme: 'dark' });

  it('every page type has a dark background', async () => {
    const light: string[] = [];
    for (const { path } of PAGE_TYPES) {
      await visit(shared.page, path);
      const background = await shared.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const value = luminance(background);
      if (!(value < 0.2)) light.push(`${path}: ${background} (luminance ${value.toFixed(3)})`);
    }
    expect(light).toEqual([]);
    expect(shared.problems.all()).toEqual([]);
  });

  it('keeps the light background in light mode', async () => {
    const { context, page } = await openPage(site.browser, { colorScheme: 'light' });
    try {
      await visit(page, '/');
      expect(luminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeGreaterThan(0.8);
    } finally {
      await context.close();
    }
  });
});

describe('when printed', () => {
  const shared = sharedPage({});

  it('every page type hides the site header and says that a printout is not a controlled copy, except the controlled copy', async () => {
    await shared.page.emulateMedia({ media: 'print' });
    const wrong: string[] = [];
    for (const { path } of PAGE_TYPES) {
      await visit(shared.page, path);
      if (await shared.page.locator('.site-header').isVisible()) wrong.push(`${path}: .site-header is shown`);
      const notice = shared.page.getByText('Väljatrükk ei ole kontrollitud koopia', { exact: false });
      if (path === CONTROLLED_COPY) {
        if ((await notice.count()) !== 0) wrong.push(`${path}: says it is not a controlled copy`);
        if (!(await shared.page.locator('.cover').isVisible())) wrong.push(`${path}: no cover`);
      } else if ((await notice.count()) !== 1 || !(await notice.isVisible())) wrong.push(`${path}: no visible "Väljatrükk ei ole kontrollitud koopia"`);
    }
    expect(wrong).toEqual([]);
    expect(shared.problems.all()).toEqual([]);
  });

  it('shows neither the notice on screen nor hides the header there', async () => {
    await shared.page.emulateMedia({ media: 'screen' });
    await visit(shared.page, '/');
    expect(await shared.page.locator('.site-header').isVisible()).toBe(true);
    expect(await shared.page.getByText('Väljatrükk ei ole kontrollitud koopia').isVisible()).toBe(false);
  });
});
