import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openPage, type PageProblems, useServedSite } from '../support/browser.ts';
import { QUERIES } from '../../scripts/lib/search-queries.ts';

// Search in Chromium against the built site and its real Pagefind index, as readers use it:
// typing into the header box, with the keyboard, and on the search page with filters.
const siteDir = inject('siteDir');
const site = useServedSite(siteDir);


let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeEach(async () => {
  ({ context, page, problems } = await openPage(site.browser));
});

afterEach(async () => {
  expect(problems.all()).toEqual([]);
  await context.close();
});

const box = () => page.getByRole('combobox', { name: 'Otsi käsiraamatust' });
const options = () => page.getByRole('listbox', { name: 'Otsingutulemused' }).getByRole('option');

/** Types a query into the header box and waits for the list to answer that query. */
async function typeQuery(query: string): Promise<void> {
  await box().fill(query);
  await page.waitForFunction((typed) => document.getElementById('otsingusoovitused')?.dataset['query'] === typed, query);
}

async function firstResult(): Promise<string> {
  return new URL((await options().first().getAttribute('data-href'))!, site.server.url).pathname;
}

describe('the search box in the page header', () => {
  it(`answers ${QUERIES.length} real queries with the expected entry first`, async () => {
    await page.goto(`${site.server.url}/`);
    const answers: { query: string; first: string }[] = [];
    for (const { query } of QUERIES) {
      await typeQuery(query);
      answers.push({ query, first: await firstResult() });
    }
    expect(answers).toEqual(QUERIES);
  });

  it('shows each result with its kind, its title and an excerpt with the match highlighted', async () => {
    await page.goto(`${site.server.url}/`);
    await typeQuery('hankeprotsess');
    const first = options().first();
    expect(await first.locator('.result-type').innerText()).toBe('PROTSESS');
    expect(await first.locator('.result-title').innerText()).toBe('P06 Hankeprotsess');
    const marked = await first.locator('.result-excerpt mark').allInnerTexts();
    expect(marked.map((text) => text.toLowerCase().replace(/[^\p{L}]/gu, ''))).toContain('hankeprotsess');
  });

  it('shows in the excerpts the words that matched, from the entry\'s own sentences, not a run of field labels', async () => {
    const LABELS = /\b(Omanik|Staatus|Liik|Tugiteenus|Versioon|Viimane ülevaatus|Ülevaatuse intervall|Kinnitatud käskkirjaga|Allikas|Asutus|Vahetu juht|Definitsioon)\b/;
    await page.goto(`${site.server.url}/`);
    // `word` is the start of the word a mark must hold.
    for (const { query, word } of [
      { query: 'Kes on hankeprotsessi omanik?', word: 'omanik' },
      { query: 'riskijuhtimine', word: 'riskijuhtimi' },
      { query: 'võimestaja', word: 'võimestaja' },
    ]) {
      await typeQuery(query);
      const excerpts = await page.locator('[role="option"] .result-excerpt').evaluateAll((nodes) => nodes.slice(0, 3).map((node) => ({ text: node.textContent ?? '', marks: [...node.querySelectorAll('mark')].map((mark) => mark.textContent ?? '') })));
      expect(excerpts.length, query).toBeGreaterThan(0);
      // The stemmer marks inflected forms too ("Riskijuhtimise" for "riskijuhtimine").
      expect(excerpts[0]!.marks.some((mark) => mark.toLowerCase().replace(/[^\p{L}]/gu, '').startsWith(word)), query).toBe(true);
      expect(excerpts.filter((excerpt) => LABELS.test(excerpt.text)), query).toEqual([]);
    }
  });

  it('opens a result when it is clicked', async () => {
    await page.goto(`${site.server.url}/`);
    await typeQuery('kantsleri koosolek');
    await options().first().click();
    await page.waitForURL((url) => url.pathname === '/juhtimisorganid/kantsleri-koosolek/');
  });

  it('is reached with "/" and with Ctrl+K, moved through with the arrow keys, and opened with Enter', async () => {
    await page.goto(`${site.server.url}/rollid/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('otsingukast');
    await page.keyboard.press('Escape');
    await page.locator('h1').click();
    await page.keyboard.press('Control+K');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('otsingukast');

    await page.keyboard.type('P15');
    await page.waitForSelector('[role="option"]');
    await page.keyboard.press('ArrowDown');
    const active = await box().getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`#${active} .result-title`).innerText()).toBe('P15 Poliitikajuhtimise protsess');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/protsessid/p15/');
    expect(await page.locator('h1').innerText()).toBe('P15 Poliitikajuhtimise protsess');
  });

  it('tells a screen reader how many results there are, and that there are none', async () => {
    await page.goto(`${site.server.url}/`);
    await typeQuery('P15');
    const status = page.locator('form.site-search [role="status"]');
    expect(await status.innerText()).toMatch(/^\d+ tulemus(t)?\. Liigu nooleklahvidega, ava Enteriga\.$/);
    await typeQuery('qqqxyz');
    expect(await status.innerText()).toBe('Tulemusi ei leitud.');
    expect(await box().getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await box().getAttribute('aria-expanded')).toBe('false');
  });

  it('loads no search index until the reader searches, and under 10 KB of script before that', async () => {
    await page.goto(`${site.server.url}/protsessid/p15/`);
    const before = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({ name: entry.name, bytes: entry.encodedBodySize, type: entry.initiatorType })),
    );
    expect(before.filter((entry) => entry.name.includes('/pagefind/'))).toEqual([]);
    const scriptBytes = before.filter((entry) => entry.name.endsWith('.js')).reduce((sum, entry) => sum + entry.bytes, 0);
    expect(scriptBytes).toBeGreaterThan(0);
    expect(scriptBytes).toBeLessThan(10 * 1024);
  });
});

describe('search and accessibility', () => {
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);

  it('has no WCAG 2.1 A/AA violation with the result list open and an option active', async () => {
    await page.goto(`${site.server.url}/`);
    await typeQuery('tuumiktiim');
    await box().press('ArrowDown');
    expect(await violations()).toEqual([]);
  });

  it('has no WCAG 2.1 A/AA violation on the search page with results and filters', async () => {
    await page.goto(`${site.server.url}/otsing/?q=juht`);
    await page.locator('.search-results > li').first().waitFor();
    expect(await violations()).toEqual([]);
  });
});

describe('the search page', () => {
  it('takes the query from the address, and narrows the results by kind of entry', async () => {
    await page.goto(`${site.server.url}/otsing/?q=juht`);
    const results = page.locator('.search-results > li');
    await results.first().waitFor();
    const kinds = async () => new Set(await page.locator('.search-results .result-type').allInnerTexts());
    expect((await kinds()).size).toBeGreaterThan(1);

    await page.getByRole('group', { name: 'Kirje liik' }).getByRole('checkbox', { name: 'Roll', exact: true }).check();
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('tüüp') === 'Roll');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-results .result-type')].every((type) => type.textContent === 'Roll'));
    expect([...(await kinds())]).toEqual(['ROLL']);
    expect(await page.locator('.search-page [role="status"]').innerText()).toMatch(/^Päringule „juht“ \d+ tulemust/);
  });

  it('says in Estonian that a misspelt query found nothing, and offers the closest words of the site, which then find the entry', async () => {
    await page.goto(`${site.server.url}/otsing/?q=kvalitedijhut`);
    const status = page.locator('.search-page [role="status"]');
    const offer = page.locator('.search-suggestion');
    await offer.waitFor();
    expect(await status.innerText()).toMatch(/^Päringule „kvalitedijhut“ tulemusi ei leitud\./);
    expect(await offer.innerText()).toBe('Kas mõtlesid „kvaliteedijuht“?');
    await offer.getByRole('link', { name: 'kvaliteedijuht' }).click();
    // The offer is itself the list's first item: wait for the new query's answer, not for any item.
    await page.waitForFunction(() => /^Päringule „kvaliteedijuht“ \d+ tulemus/.test(document.querySelector('.search-page [role="status"]')?.textContent ?? ''));
    expect(await page.locator('.search-results > li a').first().getAttribute('href')).toBe('/ametikohad/kvaliteedijuht/');
  });

  it(`puts the same entry first as the header box for all ${QUERIES.length} real queries`, async () => {
    const answers: { query: string; first: string }[] = [];
    for (const { query } of QUERIES) {
      await page.goto(`${site.server.url}/otsing/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /^Päringule/.test(document.querySelector('.search-page [role="status"]')?.textContent ?? ''));
      const href = await page.locator('.search-results > li a').first().getAttribute('href');
      answers.push({ query, first: new URL(href ?? '', site.server.url).pathname });
    }
    expect(answers).toEqual(QUERIES);
    // Fifty page loads, each loading Pagefind afresh: a busy machine needs more than the default.
  }, 600_000);

  it('answers the question offered as an example on the home page', async () => {
    await page.goto(`${site.server.url}/`);
    await page.getByRole('link', { name: 'Kes on hankeprotsessi omanik?', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/otsing/');
    const first = page.locator('.search-results > li').first();
    await first.waitFor();
    expect(await first.locator('.result-title').innerText()).toBe('P06 Hankeprotsess');
  });

  it('goes there from the header box with Enter, and says it needs JavaScript without it', async () => {
    await page.goto(`${site.server.url}/`);
    await box().fill('tuumiktiim');
    await box().press('Enter');
    await page.waitForURL((url) => url.pathname === '/otsing/' && url.searchParams.get('q') === 'tuumiktiim');
    await page.locator('.search-results > li').first().waitFor();

    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${site.server.url}/otsing/?q=P15`);
    expect(await plain.locator('.search-needs-script').isVisible()).toBe(true);
    await noScript.close();
  });
});
