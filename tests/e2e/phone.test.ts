import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type PageProblems, useServedSite } from '../support/browser.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/lib/deploy-config.ts';

// The site on a phone and on a desktop, in Chromium under the deployed Content-Security-Policy:
// the folding main menu, the keyboard hint of the search box, the process register as cards and
// the home page.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const closers: (() => Promise<void>)[] = [];

const PHONE = { width: 375, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/** A phone as Playwright emulates one: a touch screen, no hover, a coarse pointer. */
const TOUCH_PHONE: BrowserContextOptions = { viewport: PHONE, hasTouch: true, isMobile: true };
/** The header took 275 px of a 375 px wide page with its ten links and the search box shown. */
const UNFOLDED_HEADER_HEIGHT = 275;
const NAV = ['Uuele töötajale', 'Käsiraamat', 'Protsessid', 'Rollid', 'Ametikohad', 'Juhtimisorganid', 'Poliitikavaldkonnad', 'Tugiteenused', 'Asutused', 'Mõisted ja lühendid'];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function start(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; problems: PageProblems }> {
  const { context, page, problems } = await openPage(site.browser, options);
  closers.push(() => context.close());
  const response = await page.goto(site.server.url + path, { waitUntil: 'load' });
  // The page really ran under the strict policy, so a clean console means the menu obeys it.
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, problems };
}

const menuButton = (page: Page) => page.locator('.site-header summary');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Peamenüü' });

/** The menu button as Chromium gives it to a screen reader: its role, name and whether it is expanded. */
async function menuButtonForScreenReader(page: Page): Promise<{ role: string; name: string; expanded: boolean | undefined }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.site-header summary' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    const expanded = node.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
    return { role: String(node.role?.value), name: String(node.name?.value), expanded };
  } finally {
    await cdp.detach();
  }
}

async function visibleNavLinks(page: Page): Promise<string[]> {
  const links = mainNav(page).getByRole('link');
  const shown: string[] = [];
  for (const link of await links.all()) if (await link.isVisible()) shown.push(await link.innerText());
  return shown;
}

/** What has the keyboard focus, and whether its focus ring is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const style = element ? getComputedStyle(element) : undefined;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: (element?.innerText ?? '').trim(),
      ring: style ? style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0 : false,
    };
  });
}

async function tabTo(page: Page, tag: string, text: string): Promise<void> {
  for (let i = 0; i < 15; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    if (focus.tag === tag && focus.text === text) return;
  }
  throw new Error(`Tab never reached <${tag}> "${text}"`);
}

async function expectNoAxeViolation(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `axe on ${what}`).toEqual([]);
}

describe('the main menu on a phone', () => {
  it('is folded behind a button named "Menüü", and the folded header is about a third of its unfolded height', async () => {
    const { page, problems } = await start('/protsessid/', { viewport: PHONE });
    expect(await menuButton(page).isVisible()).toBe(true);
    expect(await menuButtonForScreenReader(page)).toEqual({ role: 'DisclosureTriangle', name: 'Menüü', expanded: false });
    expect(await visibleNavLinks(page)).toEqual([]);
    // The search box stays in reach without opening the menu.
    expect(await page.locator('#otsingukast').isVisible()).toBe(true);
    const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual((UNFOLDED_HEADER_HEIGHT / 3) * 1.1);
    expect(problems.all()).toEqual([]);
  });

  it('opens and closes with Enter and Space without JavaScript, the focus always visible', async () => {
    const { page, problems } = await start('/protsessid/', { viewport: PHONE, javaScriptEnabled: false });
    await tabTo(page, 'summary', 'Menüü');
    expect((await focused(page)).ring).toBe(true);

    await page.keyboard.press('Enter');
    expect(await visibleNavLinks(page)).toEqual(NAV);
    expect((await menuButtonForScreenReader(page)).expanded).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ tag: 'a', text: 'Uuele töötajale', ring: true });

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    expect(await visibleNavLinks(page)).toEqual([]);
    expect((await menuButtonForScreenReader(page)).expanded).toBe(false);
    expect(problems.all()).toEqual([]);
  });

  it('opens and closes with a tap without JavaScript, and its links lead where they say', async () => {
    const { page, problems } = await start('/', { ...TOUCH_PHONE, javaScriptEnabled: false });
    await menuButton(page).tap();
    expect(await visibleNavLinks(page)).toEqual(NAV);
    await menuButton(page).tap();
    expect(await visibleNavLinks(page)).toEqual([]);

    await menuButton(page).tap();
    await mainNav(page).getByRole('link', { name: 'Rollid', exact: true }).tap();
    await page.waitForURL((url) => url.pathname === '/rollid/');
    expect(problems.all()).toEqual([]);
  });

  it('opens with a click when the page runs its scripts under the policy too', async () => {
    const { page, problems } = await start('/protsessid/', { viewport: PHONE });
    await menuButton(page).click();
    expect(await visibleNavLinks(page)).toEqual(NAV);
    await menuButton(page).click();
    expect(await visibleNavLinks(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
  });

  it('has no axe violation folded or open', async () => {
    const { page } = await start('/protsessid/', { viewport: PHONE });
    await expectNoAxeViolation(page, '/protsessid/ at 375 px, menu folded');
    await menuButton(page).click();
    await expectNoAxeViolation(page, '/protsessid/ at 375 px, menu open');
  });
});

describe('the main menu on a desktop', () => {
  it('shows every link without a button to press', async () => {
    const { page, problems } = await start('/protsessid/', { viewport: DESKTOP, javaScriptEnabled: false });
    expect(await menuButton(page).isVisible()).toBe(false);
    expect(await visibleNavLinks(page)).toEqual(NAV);
    expect(await mainNav(page).getByRole('link').count()).toBe(NAV.length);
    expect(problems.all()).toEqual([]);
  });
});

describe('the keyboard hint of the search box', () => {
  it('is not shown on a touch screen, whose placeholder says just "Otsi"', async () => {
    const { page } = await start('/', TOUCH_PHONE);
    expect(await page.locator('#otsingukast').getAttribute('placeholder')).toBe('Otsi');
    expect(await page.getByText('vajuta', { exact: false }).filter({ visible: true }).count()).toBe(0);
  });

  it('is shown on a desktop until the box has the focus, and "/" still moves the focus there', async () => {
    const { page, problems } = await start('/rollid/', { viewport: DESKTOP });
    const hint = page.locator('.site-search .search-hint');
    expect(await hint.isVisible()).toBe(true);
    expect((await hint.innerText()).replace(/\s+/g, ' ').trim()).toBe('vajuta /');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('otsingukast');
    expect(await hint.isVisible()).toBe(false);
    expect(problems.all()).toEqual([]);
  });
});

/** Where each process's name, owner and status are drawn, against the window. */
function registerCells(page: Page) {
  return page.$$eval('#protsessiregister tbody tr', (rows) =>
    (rows as HTMLTableRowElement[]).map((row) => {
      const box = (cell: Element | null | undefined) => {
        const rect = cell?.getBoundingClientRect();
        return rect && rect.width > 0 && rect.height > 0 ? { left: rect.left, right: rect.right, text: (cell as HTMLElement).innerText.replace(/\s+/g, ' ').trim() } : undefined;
      };
      return { name: box(row.querySelector('th')), owner: box(row.querySelector('td[data-label="Omanik"]')), status: box(row.querySelector('td[data-label="Staatus"]')), shown: !row.hidden && row.getClientRects().length > 0 };
    }),
  );
}

describe('the process register on a phone', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`shows each process's name, owner and status inside the window, with no sideways scroll (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const { page, problems } = await start('/protsessid/', { ...TOUCH_PHONE, javaScriptEnabled });
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      const rows = await registerCells(page);
      expect(rows.length).toBeGreaterThan(10);
      const outside = rows.flatMap((row) =>
        (['name', 'owner', 'status'] as const)
          .filter((field) => !row[field] || row[field].left < 0 || row[field].right > width)
          .map((field) => `${row.name?.text ?? '?'}: ${field} ${row[field] ? `at ${Math.round(row[field].left)}–${Math.round(row[field].right)} px` : 'not shown'}`),
      );
      expect(outside).toEqual([]);
      // Each field says what it is, as the column heading does on a desktop (drawn, and silent for a
      // screen reader, which reads the column heading instead).
      const owner = page.locator('#protsessiregister tbody tr').filter({ hasText: 'P15 Poliitikajuhtimise protsess' }).locator('td[data-label="Omanik"]');
      expect(await owner.innerText()).toBe('Kvaliteedijuht');
      expect(await owner.evaluate((cell) => [getComputedStyle(cell, '::before').content, getComputedStyle(cell, '::before').display])).toEqual(['"Omanik" / ""', 'block']);
      expect(problems.all()).toEqual([]);
    });
  }

  it('stays a table for a screen reader, with its column and row headings', async () => {
    const { page } = await start('/protsessid/', TOUCH_PHONE);
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const count = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length;
    const rows = await page.locator('#protsessiregister tbody tr').count();
    expect({ table: count('table'), columnheader: count('columnheader'), rowheader: count('rowheader') }).toEqual({ table: 1, columnheader: 4, rowheader: rows });
  });

  it('filters the cards and sorts them from a bar of visible buttons', async () => {
    const { page, problems } = await start('/protsessid/', TOUCH_PHONE);
    await page.getByLabel('Staatus').selectOption('loomisel');
    const rows = await registerCells(page);
    const drafted = await page.locator('#protsessiregister tbody tr[data-staatus="loomisel"]').count();
    expect(drafted).toBeGreaterThan(0);
    expect(rows.filter((row) => row.shown).length).toBe(drafted);
    expect(rows.filter((row) => row.shown).every((row) => row.status?.text.endsWith('loomisel'))).toBe(true);

    const sortByOwner = page.locator('#protsessiregister thead').getByRole('button', { name: 'Omanik', exact: true });
    expect(await sortByOwner.isVisible()).toBe(true);
    await sortByOwner.tap();
    expect(await page.locator('#protsessiregister thead th').nth(2).getAttribute('aria-sort')).toBe('ascending');
    const owners = (await registerCells(page)).filter((row) => row.shown).map((row) => row.owner?.text ?? '');
    expect(owners).toEqual([...owners].sort((a, b) => a.localeCompare(b, 'et', { numeric: true })));
    await expectNoAxeViolation(page, '/protsessid/ at 375 px, filtered and sorted');
    expect(problems.all()).toEqual([]);
  });
});

describe('the list of data files on a phone', () => {
  it('shows every file name of every collection inside the window, with no sideways scroll', async () => {
    const { page, problems } = await start('/kvaliteedijuhile/andmed/', TOUCH_PHONE);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const links = await page.locator('main table a').evaluateAll((anchors) => anchors.map((anchor) => ({ text: anchor.textContent ?? '', rects: [...anchor.getClientRects()].map((rect) => [rect.left, rect.right]) })));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link) => link.rects.length === 0 || link.rects.some(([left, right]) => left! < 0 || right! > width)).map((link) => link.text)).toEqual([]);
    expect(problems.all()).toEqual([]);
  });
});

describe('the home page', () => {
  it('has one search box, the one in the header', async () => {
    const { page } = await start('/', { viewport: DESKTOP });
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await page.locator('header #otsingukast').count()).toBe(1);
  });

  it('lists the chapters by their own numbers only, and the change overview and the annexes unnumbered', async () => {
    const { page } = await start('/', { viewport: DESKTOP });
    const list = page.locator('main h2:text-is("Käsiraamatu peatükid") + :is(ul, ol)');
    expect(await list.count()).toBe(1);
    // No list numbers in front of the titles' numbers: the list draws no marker.
    expect(await list.locator('li').evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType))).toEqual(Array(5).fill('none'));
    expect((await list.locator('li').allInnerTexts()).map((text) => text.trim())).toEqual([
      '1. Eesmärk ja üldsätted',
      '2. Valitsemisala toimimine',
      '3. Ministeeriumi toimimine',
      'Muudatuste ülevaade',
      'Lisad: rollide kirjeldused',
    ]);
  });

  for (const viewport of [PHONE, { width: 800, height: 900 }, DESKTOP]) {
    it(`fills every row of its card grids it starts, with no empty column beside them, at ${viewport.width} px`, async () => {
      const { page } = await start('/', { viewport });
      const grids = await page.locator('main .cards').evaluateAll((lists) =>
        lists.map((list) => {
          const right = list.getBoundingClientRect().right;
          const cards = [...list.children].map((card) => card.getBoundingClientRect());
          const firstRow = cards.filter((card) => Math.abs(card.top - cards[0]!.top) < 1);
          return { cards: cards.length, gap: Math.round(right - Math.max(...firstRow.map((card) => card.right))) };
        }),
      );
      expect(grids.map((grid) => grid.cards)).toEqual([3, 6]);
      expect(grids.map((grid) => grid.gap)).toEqual([0, 0]);
      await expectNoAxeViolation(page, `/ at ${viewport.width} px`);
    });
  }
});

describe('the handbook\'s table of contents', () => {
  it('shows the chapters as cards by their own numbers, and the change overview and the annexes apart from them', async () => {
    const { page } = await start('/kasiraamat/', { viewport: DESKTOP });
    expect((await page.locator('main .cards li').allInnerTexts()).map((text) => text.trim())).toEqual(['1. Eesmärk ja üldsätted', '2. Valitsemisala toimimine', '3. Ministeeriumi toimimine']);
    const rest = page.locator('main .chapter-list li');
    expect((await rest.allInnerTexts()).map((text) => text.trim())).toEqual(['Muudatuste ülevaade', 'Lisad: rollide kirjeldused']);
    expect(await rest.evaluateAll((items) => items.map((item) => getComputedStyle(item).listStyleType))).toEqual(['none', 'none']);
    const right = await page.locator('main .cards').evaluate((list) => Math.round(list.getBoundingClientRect().right - Math.max(...[...list.children].map((card) => card.getBoundingClientRect().right))));
    expect(right).toBe(0);
  });
});

describe('pages with the folded header have no axe violation on a phone', () => {
  for (const path of ['/', '/kasiraamat/1-eesmark-ja-uldsatted/', '/rollid/poliitikajuht/', '/otsing/?q=juht', '/kasiraamat/']) {
    it(path, async () => {
      const { page, problems } = await start(path, TOUCH_PHONE);
      await expectNoAxeViolation(page, `${path} at 375 px`);
      expect(problems.all()).toEqual([]);
    });
  }
});
