import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type PageProblems, useServedSite } from '../support/browser.ts';

// Real readers' journeys through the built site in Chromium: every step is a click on a link.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);
const closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function start(path: string, options: Parameters<typeof openPage>[1] = {}): Promise<{ page: Page; problems: PageProblems }> {
  const { context, page, problems } = await openPage(site.browser, options);
  closers.push(() => context.close());
  await page.goto(site.server.url + path);
  return { page, problems };
}

/** Clicks a link and waits until the browser has loaded the page it leads to. */
async function follow(page: Page, link: Locator, expectedPath: string): Promise<void> {
  await link.click();
  await page.waitForURL((url) => url.pathname === expectedPath);
  await page.waitForLoadState('load');
}

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Peamenüü' });
const h1 = (page: Page) => page.locator('h1').innerText();

/** The visible rows of the process register, as { text of the first cell, data attributes }. */
async function visibleRows(page: Page) {
  return page.$$eval('#protsessiregister tbody tr', (rows) =>
    (rows as HTMLTableRowElement[])
      .filter((row) => !row.hidden && row.getClientRects().length > 0)
      .map((row) => ({ first: row.cells[0]?.textContent?.trim() ?? '', tugiteenus: row.dataset['tugiteenus'] ?? '' })),
  );
}

describe('journeys through the handbook', () => {
  it('home → Protsessid → P15 → its owner Kvaliteedijuht → back to P15 through the processes it owns', async () => {
    const { page, problems } = await start('/');
    await follow(page, mainNav(page).getByRole('link', { name: 'Protsessid', exact: true }), '/protsessid/');
    expect(await h1(page)).toBe('Protsesside register');

    await follow(page, page.locator('#protsessiregister').getByRole('link', { name: 'P15 Poliitikajuhtimise protsess', exact: true }), '/protsessid/p15/');
    expect(await h1(page)).toBe('P15 Poliitikajuhtimise protsess');

    const owner = page.locator('dl.facts dt:text-is("Omanik") + dd').getByRole('link');
    expect(await owner.innerText()).toBe('Kvaliteedijuht');
    await follow(page, owner, '/ametikohad/kvaliteedijuht/');
    expect(await h1(page)).toBe('Kvaliteedijuht');

    const owns = page.getByRole('region', { name: 'Protsessid, mille omanik see ametikoht on', exact: true });
    const p15 = owns.getByRole('link', { name: 'P15 Poliitikajuhtimise protsess', exact: true });
    expect(await p15.count()).toBe(1);
    expect(await p15.getAttribute('href')).toBe('/protsessid/p15/');
    await follow(page, p15, '/protsessid/p15/');
    expect(await h1(page)).toBe('P15 Poliitikajuhtimise protsess');
    expect(problems.all()).toEqual([]);
  });

  it('home → Uuele töötajale → Leia oma roll → Poliitikajuht', async () => {
    const { page, problems } = await start('/');
    await follow(page, mainNav(page).getByRole('link', { name: 'Uuele töötajale', exact: true }), '/uuele-tootajale/');
    expect(await h1(page)).toBe('Uuele töötajale');

    await follow(page, page.locator('ol#sammud').getByRole('link', { name: 'Leia oma roll', exact: true }), '/uuele-tootajale/leia-oma-roll/');
    expect(await h1(page)).toBe('Leia oma roll');

    await follow(page, page.locator('main').getByRole('link', { name: 'Poliitikajuht', exact: true }), '/rollid/poliitikajuht/');
    expect(await h1(page)).toBe('Poliitikajuht');
    expect(problems.all()).toEqual([]);
  });

  it('filters the process register by support service, says how many are shown, and resets', async () => {
    const { page, problems } = await start('/protsessid/');
    const form = page.locator('#protsessifiltrid');
    expect(await form.isVisible()).toBe(true);

    const total = await page.locator('#protsessiregister tbody tr').count();
    const service = 'Välisvahendite juhtimine';
    const withService = await page.locator(`#protsessiregister tbody tr[data-tugiteenus="${service}"]`).count();
    expect(withService).toBeGreaterThanOrEqual(2);
    expect(withService).toBeLessThan(total);
    expect((await visibleRows(page)).length).toBe(total);

    await page.getByLabel('Tugiteenus').selectOption({ label: service });
    const shown = await visibleRows(page);
    expect(shown.length).toBe(withService);
    expect(shown.every((row) => row.tugiteenus === service)).toBe(true);
    expect((await page.locator('#protsessiloendur').innerText()).trim()).toBe(`Näidatakse ${withService} protsessi ${total}-st.`);

    await form.getByRole('button', { name: 'Tühjenda' }).click();
    await page.waitForFunction((count) => [...document.querySelectorAll<HTMLTableRowElement>('#protsessiregister tbody tr')].filter((row) => !row.hidden).length === count, total);
    expect((await visibleRows(page)).length).toBe(total);
    expect(await page.getByLabel('Tugiteenus').inputValue()).toBe('');
    expect((await page.locator('#protsessiloendur').innerText()).trim()).toBe(`Näidatakse ${total} protsessi ${total}-st.`);
    expect(problems.all()).toEqual([]);
  });

  it('shows the whole register, and no filter form, without JavaScript', async () => {
    const { page, problems } = await start('/protsessid/', { javaScriptEnabled: false });
    expect(await page.locator('#protsessifiltrid').isHidden()).toBe(true);
    expect(await page.locator('#protsessifiltrid').getAttribute('hidden')).not.toBeNull();
    const total = await page.locator('#protsessiregister tbody tr').count();
    expect(total).toBeGreaterThan(2);
    expect((await visibleRows(page)).length).toBe(total);
    expect(problems.all()).toEqual([]);
  });

  it('dates the controlled copy the day it is read or printed, not the day it was built, and leaves a line for the day without JavaScript', async () => {
    const path = '/dokumendid/s1/kontrollitud-koopia/';
    const { context, page, problems } = await openPage(site.browser);
    closers.push(() => context.close());
    await page.clock.setFixedTime(new Date(2027, 2, 4, 10));
    await page.goto(site.server.url + path);
    const copyDay = page.locator('[data-copy-day]');
    expect(await copyDay.innerText()).toBe('04.03.2027');
    // Left open overnight, then printed: the copy takes the day it is printed.
    await page.clock.setFixedTime(new Date(2027, 2, 5, 9));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await copyDay.innerText()).toBe('05.03.2027');
    expect(problems.all()).toEqual([]);

    const { page: plain } = await start(path, { javaScriptEnabled: false });
    const line = plain.locator('[data-copy-day]');
    expect(await line.getAttribute('class')).toBe('write-in');
    expect((await line.textContent())?.trim()).toBe('kuupäev kirjutada käsitsi');
  });

  it('remembers the onboarding steps a reader has ticked as read', async () => {
    const { page, problems } = await start('/uuele-tootajale/');
    const boxes = page.locator('ol#sammud input[data-step]');
    expect(await boxes.count()).toBe(6);
    const status = page.locator('#edenemine');
    expect((await status.innerText()).trim()).toBe('Läbitud 0 sammu 6-st.');

    await page.locator('ol#sammud li').nth(0).getByLabel('Loetud').check();
    await page.locator('ol#sammud li').nth(3).getByLabel('Loetud').check();
    expect((await status.innerText()).trim()).toBe('Läbitud 2 sammu 6-st.');

    await page.reload();
    const checked = await boxes.evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => input.checked));
    expect(checked).toEqual([true, false, false, true, false, false]);
    expect(await status.isVisible()).toBe(true);
    expect((await status.innerText()).trim()).toBe('Läbitud 2 sammu 6-st.');
    const stored = await page.evaluate(() => localStorage.getItem('vajs:onboarding'));
    expect(JSON.parse(stored ?? '[]')).toHaveLength(2);
    expect(problems.all()).toEqual([]);
  });

  it('sorts the register by process, ascending then descending', async () => {
    const { page, problems } = await start('/protsessid/');
    const header = page.locator('#protsessiregister thead th').filter({ hasText: 'Protsess' }).first();
    const button = header.getByRole('button', { name: 'Protsess', exact: true });
    const firstColumn = () => page.$$eval('#protsessiregister tbody tr', (rows) => (rows as HTMLTableRowElement[]).map((row) => row.cells[0]?.textContent?.trim() ?? ''));
    const collate = (a: string, b: string) => a.localeCompare(b, 'et', { numeric: true });

    const before = await firstColumn();
    const ascending = [...before].sort(collate);
    expect(ascending, 'the register is not already in this order, so sorting shows').not.toEqual(before);
    await button.click();
    expect(await firstColumn()).toEqual(ascending);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    await button.click();
    expect(await firstColumn()).toEqual([...before].sort((a, b) => collate(b, a)));
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(problems.all()).toEqual([]);
  });
});
