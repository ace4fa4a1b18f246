import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type PageProblems, useServedSite } from '../support/browser.ts';

// The process register used with the keyboard only.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const NAV = ['Uuele töötajale', 'Käsiraamat', 'Protsessid', 'Rollid', 'Ametikohad', 'Juhtimisorganid', 'Poliitikavaldkonnad', 'Tugiteenused', 'Asutused', 'Mõisted ja lühendid'];
const MAX_TABS = 60;

let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  ({ context, page, problems } = await openPage(site.browser));
  await page.goto(`${site.server.url}/protsessid/`);
});

afterEach(async () => {
  expect(problems.all()).toEqual([]);
  await context.close();
});

interface Focused {
  /** e.g. a "Liigu sisu juurde", select[name=staatus], main#sisu */
  what: string;
  tag: string;
  text: string;
  name: string;
  id: string;
  inNav: boolean;
  inTableHead: boolean;
  outlineStyle: string;
  outlineWidth: number;
}

/** What has the keyboard focus now, and how its focus is drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const tag = element.tagName.toLowerCase();
    const name = element.getAttribute('name') ?? '';
    const text = (element.innerText ?? element.textContent ?? '').trim().replace(/\s+/g, ' ');
    return {
      what: `${tag}${element.id ? `#${element.id}` : ''}${name ? `[name=${name}]` : ''}${text && tag !== 'select' && tag !== 'main' ? ` "${text.slice(0, 60)}"` : ''}`,
      tag,
      text,
      name,
      id: element.id,
      inNav: element.closest('nav[aria-label="Peamenüü"]') !== null,
      inTableHead: element.closest('#protsessiregister thead') !== null,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth) || 0,
    };
  });
}

function expectVisibleFocus(focus: Focused | null): asserts focus is Focused {
  expect(focus, 'something has the focus').not.toBeNull();
  expect(focus!.outlineStyle, `outline style of the focused ${focus!.what}`).not.toBe('none');
  expect(focus!.outlineWidth, `outline width of the focused ${focus!.what}`).toBeGreaterThan(0);
}

/** Presses Tab until `stop` says so (or MAX_TABS), checking that every focus on the way is visible. */
async function tabThrough(page: Page, stop: (focus: Focused, trail: Focused[]) => boolean): Promise<Focused[]> {
  const trail: Focused[] = [];
  for (let i = 0; i < MAX_TABS; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await focused(page);
    expectVisibleFocus(focus);
    trail.push(focus);
    if (stop(focus, trail)) break;
  }
  return trail;
}

const rowsShown = (page: Page) => page.$$eval('#protsessiregister tbody tr', (rows) => (rows as HTMLTableRowElement[]).filter((row) => !row.hidden).length);

describe('the process register with the keyboard only', () => {
  it('focuses the skip link first, and Enter on it moves the focus to main#sisu', async () => {
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expectVisibleFocus(skip);
    expect(skip.tag).toBe('a');
    expect(skip.text).toBe('Liigu sisu juurde');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#sisu');

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'sisu');
    const main = await focused(page);
    expect(main?.tag).toBe('main');
    expect(main?.id).toBe('sisu');
    expect(new URL(page.url()).hash).toBe('#sisu');
    expectVisibleFocus(main);
  });

  it('reaches the search box, the main menu links in order, then the filters and the sort buttons, with the focus always visible', async () => {
    const trail = await tabThrough(page, (_focus, so) => so.filter((focus) => focus.inTableHead).length === 4);
    const what = trail.map((focus) => focus.what);

    expect(trail[0]?.text).toBe('Liigu sisu juurde');
    const navLinks = trail.filter((focus) => focus.inNav).map((focus) => focus.text);
    expect(navLinks).toEqual(NAV);
    const firstNav = trail.findIndex((focus) => focus.inNav);
    expect(trail[firstNav]?.text).toBe('Uuele töötajale');
    const searchBox = trail.findIndex((focus) => focus.id === 'otsingukast');
    expect(searchBox, what.join(' → ')).toBeGreaterThan(0);
    expect(searchBox).toBeLessThan(firstNav);
    expect(trail[searchBox + 1]?.what).toBe('button "Otsi"');
    // Nothing outside the menu comes between its first and its last link.
    expect(trail.slice(firstNav, firstNav + NAV.length).every((focus) => focus.inNav), what.join(' → ')).toBe(true);

    const selects = trail.filter((focus) => focus.tag === 'select').map((focus) => focus.name);
    expect(selects, what.join(' → ')).toEqual(['tugiteenus', 'staatus', 'omanik']);
    const afterNav = firstNav + NAV.length;
    expect(trail.findIndex((focus) => focus.tag === 'select')).toBeGreaterThan(afterNav - 1);

    const sortButtons = trail.filter((focus) => focus.inTableHead);
    expect(sortButtons.map((focus) => focus.tag)).toEqual(['button', 'button', 'button', 'button']);
    expect(sortButtons.map((focus) => focus.text)).toEqual(['Protsess', 'Tugiteenus', 'Omanik', 'Staatus']);
    expect(trail.findIndex((focus) => focus.inTableHead)).toBeGreaterThan(trail.findIndex((focus) => focus.name === 'omanik'));
  });

  it('filters the rows when a select is changed with the arrow keys', async () => {
    const total = await rowsShown(page);
    const trail = await tabThrough(page, (focus) => focus.tag === 'select' && focus.name === 'tugiteenus');
    expect(trail.at(-1)?.name, trail.map((focus) => focus.what).join(' → ')).toBe('tugiteenus');

    await page.keyboard.press('ArrowDown');
    const chosen = await page.$eval('select[name=tugiteenus]', (select) => (select as HTMLSelectElement).value);
    expect(chosen).not.toBe('');
    const expected = await page.locator('#protsessiregister tbody tr').evaluateAll(
      (rows, value) => (rows as HTMLTableRowElement[]).filter((row) => row.dataset['tugiteenus'] === value).length,
      chosen,
    );
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(total);
    await page.waitForFunction(
      (count) => [...document.querySelectorAll<HTMLTableRowElement>('#protsessiregister tbody tr')].filter((row) => !row.hidden).length === count,
      expected,
    );
    expect(await rowsShown(page)).toBe(expected);
    expect((await page.locator('#protsessiloendur').innerText()).trim()).toBe(`Näidatakse ${expected} protsessi ${total}-st.`);
    // The focus stays on the select and is still visible.
    const focus = await focused(page);
    expectVisibleFocus(focus);
    expect(focus.name).toBe('tugiteenus');
  });

  it('sorts the table with Enter on a sort button', async () => {
    await tabThrough(page, (focus) => focus.inTableHead);
    await page.keyboard.press('Enter');
    expect(await page.locator('#protsessiregister thead th').first().getAttribute('aria-sort')).toBe('ascending');
    const focus = await focused(page);
    expectVisibleFocus(focus);
    expect(focus.text).toBe('Protsess');
  });
});
