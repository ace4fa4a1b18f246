import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hashFolder } from '../../src/versioning/snapshot-files.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseVersion } from '../../src/versioning/release.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, useServedSite } from '../support/browser.ts';
import { withBuildLock } from '../support/build-lock.ts';

// A handbook with three published versions, built by `npm run build` the way the site is
// deployed, then read in Chromium: the version in force, a superseded one, and what changed.
const ROOT = resolve(import.meta.dirname, '..', '..');
const CLEAN = join(ROOT, 'tests', 'fixtures', 'clean', 'content');
let work: string;
let content: string;
let versions: string;
let site: string;
let buildLog: string[] = [];

function writeDocument(version: number): void {
  mkdirSync(join(content, 'documents'), { recursive: true });
  writeFileSync(join(content, 'documents', 's1.yaml'), `designation: S1\ntitle: Käsiraamat\nversion: ${version}\nauthor: Koostaja\napproval:\n  date: 2026-0${version}-15\n  number: "${version}"\nchangeNotes:\n  - Versioon ${version}.\nsource: Test\n`);
}

function publish(version: number): void {
  writeDocument(version);
  const result = releaseVersion({ contentRoot: content, shownContentRoot: 'content', versionsRoot: versions, version, directive: { date: `2026-0${version}-15`, number: String(version) }, author: 'Koostaja', notes: [`Muudatused versioonis ${version}.`], today: '2026-06-01' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
}

function runBuild(env: Record<string, string> = {}) {
  return withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts', '--outDir', site], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VAJS_VERSIONS_DIR: versions, VAJS_BUILD_CACHE: join(work, 'cache'), VAJS_CONTENT_DIR: '', VAJS_TODAY: '2026-06-01', ...env },
  }));
}

function build(env: Record<string, string> = {}): string {
  const run = withBuildLock(() => spawnSync(process.execPath, ['scripts/build.ts', '--outDir', site], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, VAJS_VERSIONS_DIR: versions, VAJS_BUILD_CACHE: join(work, 'cache'), VAJS_CONTENT_DIR: '', VAJS_TODAY: '2026-06-01', ...env },
  }));
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

/** The lines of a build's output that say whether each version was rendered or reused. */
const versionsSaid = (log: string) => log.split('\n').filter((line) => /^Versioon \d+: (ehitan…|muutmata)/.test(line));

const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vajs-versions-'));
  content = join(work, 'content');
  versions = join(work, 'versions');
  site = join(work, 'site');
  cpSync(CLEAN, content, { recursive: true });
  publish(1);
  // Version 2: P13 gets another owner, and a new post appears.
  const process13 = join(content, 'processes', 'p13.yaml');
  writeFileSync(process13, readFileSync(process13, 'utf8').replace(/owner: .*/, 'owner: kvaliteedijuht'));
  writeFileSync(join(content, 'positions', 'arendusjuht.yaml'), 'name: Arendusjuht\norganization: som\nsource: Test\n');
  publish(2);
  // Version 3: the new post is gone again, and P13 is renamed.
  rmSync(join(content, 'positions', 'arendusjuht.yaml'));
  writeFileSync(process13, readFileSync(process13, 'utf8').replace(/^name: .*/m, 'name: Kriisireguleerimise ja toimepidevuse protsess'));
  publish(3);
  // Built again unchanged, then on the next day.
  buildLog = [build(), build(), build({ VAJS_TODAY: '2026-06-02' })];
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build with three published versions', () => {
  it('puts the version in force at the plain URLs and the others under /versioonid/<n>/', () => {
    expect(page('protsessid/p13')).toContain('Kriisireguleerimise ja toimepidevuse protsess');
    expect(existsSync(join(site, 'versioonid', '2', 'ametikohad', 'arendusjuht', 'index.html'))).toBe(true);
    expect(existsSync(join(site, 'ametikohad', 'arendusjuht'))).toBe(false);
    expect(existsSync(join(site, 'versioonid', '3'))).toBe(false);
  });

  it('keeps every link of a superseded version inside it, except the links to other versions', () => {
    const html = page('versioonid/2/protsessid/p13');
    const hrefs = [...html.matchAll(/<(?:a|link|script)\b[^>]*\s(?:href|src)="(\/[^"]*)"[^>]*>/g)].map((match) => ({ url: match[1]!, other: match[0].includes('data-version-link') }));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((link) => !link.other && !link.url.startsWith('/versioonid/2/'))).toEqual([]);
    expect(html).toContain('data-base="/versioonid/2/"');
    const processes = JSON.parse(readFileSync(join(site, 'versioonid', '2', 'andmed', 'protsessid.json'), 'utf8'));
    expect(processes.$schema).toBe('/versioonid/2/andmed/skeemid/protsessid.schema.json');
    expect(processes.entries.find((entry: { id: string }) => entry.id === 'p13').url).toBe('/versioonid/2/protsessid/p13/');
  });

  it('renders each version once and reuses it; the version in force again on a new day', () => {
    expect(versionsSaid(buildLog[0]!)).toEqual(['Versioon 3: ehitan…', 'Versioon 2: ehitan…', 'Versioon 1: ehitan…']);
    expect(versionsSaid(buildLog[1]!)).toEqual(['Versioon 3: muutmata, kasutan varem ehitatut.', 'Versioon 2: muutmata, kasutan varem ehitatut.', 'Versioon 1: muutmata, kasutan varem ehitatut.']);
    // Its quality manager's pages count review dates from the day of the build.
    expect(versionsSaid(buildLog[2]!)).toEqual(['Versioon 3: ehitan…', 'Versioon 2: muutmata, kasutan varem ehitatut.', 'Versioon 1: muutmata, kasutan varem ehitatut.']);
  });

  it('names on each version\'s home page the standing its banner gives: superseded under /versioonid/<n>/, in force at /', () => {
    const text = (path: string) => page(path).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    for (const path of ['versioonid/2', 'versioonid/1']) {
      expect(text(path)).toContain('Kehtetu versioon: Käsiraamat');
      expect(text(path), path).not.toContain('Kehtiv versioon:');
    }
    expect(text('')).toContain('Kehtiv versioon: Käsiraamat');
    expect(text('')).not.toContain('Kehtetu versioon');
  });

  it('says on the changes page what changed in each version, in reader terms', () => {
    const text = page('muudatused').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Versioon 3 (kehtiv) Kinnitatud käskkirjaga 15.03.2026 nr 3. Koostanud Koostaja.');
    expect(text).toContain('P13 Kriisireguleerimise protsess → P13 Kriisireguleerimise ja toimepidevuse protsess: nimi muudetud');
    expect(text).toContain('Arendusjuht: eemaldatud');
    expect(text).toContain('P13 omanik: Kriisireguleerimis- ja toimepidevuse juht → Kvaliteedijuht');
    expect(text).toContain('Arendusjuht: lisatud');
    expect(text).toContain('Esimene avaldatud versioon');
  });

  it('marks an entry page with the versions in which the entry changed', () => {
    expect(page('protsessid/p13').replace(/<[^>]+>/g, '')).toContain('Muutunud versioonis 3, versioonis 2.');
  });

  it('says on an entry page which version it belongs to and since when that is, or was, in force', () => {
    const text = (path: string) => page(path).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text('protsessid/p13')).toContain('S1 versioon 3, kehtib alates 15.03.2026 (käskkiri nr 3).');
    // Rendered while in force, placed once version 3 superseded it.
    expect(text('versioonid/2/protsessid/p13')).toContain('S1 versioon 2, kehtis alates 15.02.2026 (käskkiri nr 2).');
    expect(text('versioonid/1/protsessid/p13')).toContain('S1 versioon 1, kehtis alates 15.01.2026 (käskkiri nr 1).');
    expect(text('versioonid/2/protsessid/p13')).not.toContain('kehtib alates');
  });

  it('builds the working copy only when asked, as an unapproved draft', () => {
    appendFileSync(join(content, 'positions', 'kvaliteedijuht.yaml'), 'note: Eelnõus lisatud märkus.\n');
    const draft = join(work, 'draft');
    const run = withBuildLock(() => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', draft], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, VAJS_DRAFT: '1', VAJS_CONTENT_DIR: content, VAJS_VERSIONS_DIR: versions, VAJS_TODAY: '2026-06-01' },
    }));
    expect(run.status, run.stderr).toBe(0);
    const home = readFileSync(join(draft, 'index.html'), 'utf8').replace(/<[^>]+>/g, '');
    expect(home).toContain('Kinnitamata eelnõu. See on töökoopia, mida ei ole käskkirjaga kinnitatud; see ei kehti. Kehtiv on versioon 3.');
    expect(readFileSync(join(draft, 'muudatused', 'index.html'), 'utf8')).toContain('Kvaliteedijuht märkus allika kohta: (puudub) → Eelnõus lisatud märkus.');
    // The draft is the quality manager's preview: the note shows on the entry, and the version in force is named.
    const post = readFileSync(join(draft, 'ametikohad', 'kvaliteedijuht', 'index.html'), 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(post).toContain('Märkus kvaliteedijuhile: Eelnõus lisatud märkus.');
    expect(post).toContain('Kinnitamata eelnõu, mis ei kehti. Kehtib S1 versioon 3, alates 15.03.2026 (käskkiri nr 3).');
    expect(page('').replace(/<[^>]+>/g, '')).not.toContain('Kinnitamata eelnõu');
  });
});

describe('the render cache and the assembled site', () => {
  const kept = () => join(work, 'cache', readdirSync(join(work, 'cache')).find((name) => name.startsWith('1-') && !name.endsWith('.building'))!);

  it('checks the links of the assembled site, and a failed build leaves the old site', () => {
    // A kept page edited with its hashes recomputed is reused, so the final check must catch its link.
    const home = join(kept(), 'site', 'index.html');
    const original = readFileSync(home, 'utf8');
    writeFileSync(home, original.replace('</main>', '<a href="/puudub/">Katki</a></main>'));
    writeFileSync(join(kept(), 'files.json'), JSON.stringify(hashFolder(join(kept(), 'site'))));
    const before = page('');
    const run = runBuild();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('/versioonid/1/\n  viga [BrokenLink] Link „/versioonid/1/puudub/“ viib aadressile /versioonid/1/puudub/, mida saidil ei ole.');
    expect(run.stderr).toContain(`Ehitamine peatus, sest valmis saidil on katkisi linke; kaust „${site}“ jäi muutmata.`);
    expect(page('')).toBe(before);
    expect(existsSync(`${site}.assembling`)).toBe(false);

    // A kept page edited behind its hashes' back is not reused: the version is rendered again.
    writeFileSync(join(kept(), 'files.json'), '{}');
    const again = runBuild();
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('Versioon 1: varem ehitatu on pärast ehitamist muutunud, seega ei kasuta seda.\nVersioon 1: ehitan…');
    expect(page('versioonid/1')).not.toContain('Katki');
    expect(existsSync(`${site}.assembling`)).toBe(false);
  }, 240_000);
});

describe('reading versions in Chromium', () => {
  const served = useServedSite(() => site);

  async function open(path: string): Promise<{ page: Page; close: () => Promise<void>; problems: () => string[] }> {
    const { context, page, problems } = await openPage(served.browser);
    await page.goto(served.server.url + path);
    return { page, close: () => context.close(), problems: () => problems.all() };
  }

  const switcher = (page: Page) => page.getByRole('navigation', { name: 'Versioonid' });

  it('switches a page that exists in every version to the same page, under a "kehtetu versioon" banner', async () => {
    const { page, close, problems } = await open('/protsessid/p13/');
    expect(await switcher(page).locator('[aria-current="page"]').innerText()).toBe('3 (kehtiv)');
    await switcher(page).getByRole('link', { name: '2', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/versioonid/2/protsessid/p13/');
    const banner = page.getByRole('note', { name: 'Versiooni teade' });
    expect(await banner.innerText()).toBe('Kehtetu versioon. Loed versiooni 2 (kinnitatud käskkirjaga 15.02.2026 nr 2). Kehtiv on versioon 3, kinnitatud käskkirjaga 15.03.2026 nr 3: sama leht kehtivas versioonis.');
    expect(await page.locator('h1').innerText()).toBe('P13 Kriisireguleerimise protsess');
    expect(await page.locator('.site-footer p').first().innerText()).toMatch(/^Kehtetu versioon: Käsiraamat, tähis S1, versioon 2;/);
    await banner.getByRole('link', { name: 'sama leht kehtivas versioonis' }).click();
    await page.waitForURL((url) => url.pathname === '/protsessid/p13/');
    expect(problems()).toEqual([]);
    await close();
  });

  it('goes to the other version\'s home when the page does not exist there', async () => {
    const { page, close, problems } = await open('/versioonid/2/ametikohad/arendusjuht/');
    expect(await page.locator('h1').innerText()).toBe('Arendusjuht');
    await switcher(page).getByRole('link', { name: '3 (kehtiv)' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${served.server.url}/versioonid/2/ametikohad/arendusjuht/`);
    await switcher(page).getByRole('link', { name: '1', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/versioonid/1/');
    expect(problems()).toEqual([]);
    await close();
  });

  it.each([
    ['/versioonid/2/protsessid/p13/'],
    ['/muudatused/'],
  ])('%s has no WCAG 2.1 A/AA violation, at a phone and a desktop width', async (path) => {
    const { page, close } = await open(path);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await close();
  });

  it('searches the version being read, and every version when asked', async () => {
    const { page, close, problems } = await open('/otsing/?q=arendusjuht');
    const status = page.locator('.search-page [role="status"]');
    await page.waitForFunction(() => (document.querySelector('.search-page [role="status"]')?.textContent ?? '') !== '');
    expect(await status.innerText()).toBe('Päringule „arendusjuht“ tulemusi ei leitud.');
    await page.getByRole('checkbox', { name: 'Otsi kõigist avaldatud versioonidest, ka kehtetutest' }).check();
    const first = page.locator('.search-results > li').first();
    await first.waitFor();
    expect(await first.locator('a').getAttribute('href')).toBe('/versioonid/2/ametikohad/arendusjuht/');
    expect(await first.locator('.result-version').innerText()).toBe('versioon 2');
    expect(new URL(page.url()).searchParams.get('versioonid')).toBe('koik');

    await page.goto(`${served.server.url}/versioonid/2/otsing/?q=arendusjuht`);
    await page.locator('.search-results > li').first().waitFor();
    expect(await page.locator('.search-results > li a').first().getAttribute('href')).toBe('/versioonid/2/ametikohad/arendusjuht/');
    expect(problems()).toEqual([]);
    await close();
  });

  it('reads the changes page of the version in force', async () => {
    const { page, close, problems } = await open('/');
    await switcher(page).getByRole('link', { name: 'Mis muutus?' }).click();
    await page.waitForURL((url) => url.pathname === '/muudatused/');
    const v2 = page.getByRole('region', { name: 'Versioon 2' });
    expect(await v2.getByRole('link', { name: 'P13 omanik: Kriisireguleerimis- ja toimepidevuse juht → Kvaliteedijuht' }).getAttribute('href')).toBe('/protsessid/p13/');
    expect(problems()).toEqual([]);
    await close();
  });
});

describe('publishing one more version', () => {
  it('renders only the new version, and places the one it supersedes under /versioonid/ as superseded', () => {
    const process13 = join(content, 'processes', 'p13.yaml');
    writeFileSync(process13, readFileSync(process13, 'utf8').replace(/^name: .*/m, 'name: Kriisireguleerimise protsess'));
    publish(4);
    const log = build();
    expect(versionsSaid(log)).toEqual(['Versioon 4: ehitan…', 'Versioon 3: muutmata, kasutan varem ehitatut.', 'Versioon 2: muutmata, kasutan varem ehitatut.', 'Versioon 1: muutmata, kasutan varem ehitatut.']);
    const text = (path: string) => page(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text('versioonid/3/protsessid/p13')).toContain('Kehtetu versioon. Loed versiooni 3 (kinnitatud käskkirjaga 15.03.2026 nr 3).');
    expect(page('versioonid/3/protsessid/p13')).toContain('Kehtetu versioon</span>: Käsiraamat, tähis S1, versioon 3;');
    expect(text('versioonid/3/muudatused')).toContain('Versioon 3 Kinnitatud käskkirjaga 15.03.2026 nr 3.');
    expect(text('muudatused')).toContain('Versioon 4 (kehtiv) Kinnitatud käskkirjaga 15.04.2026 nr 4.');
    expect(page('versioonid/3/protsessid/p13')).toContain('data-base="/versioonid/3/"');
    expect(page('protsessid/p13')).toContain('Kehtiv versioon</span>: Käsiraamat, tähis S1, versioon 4;');
    const banner = page('versioonid/2/protsessid/p13').replace(/<[^>]+>/g, '');
    expect(banner).toContain('Kehtiv on versioon 4, kinnitatud käskkirjaga 15.04.2026 nr 4: sama leht kehtivas versioonis.');
    expect(page('versioonid/2/protsessid/p13')).toContain('<a href="/versioonid/3/protsessid/p13/" data-version-link>3</a>');
  });
});
