import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Facts of each source document, as a reader finds them on the built pages.
const siteDir = inject('siteDir');
const page = (path: string): string => {
  const file = join(siteDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`The site has no page ${path}`);
  // Compare text, not markup: drop tags and fold white space.
  return readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ');
};

describe('the built site', () => {
  it('is Estonian and lists the chapters of S1 in order on the home page', () => {
    const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="et"');
    const text = page('/');
    const order = ['1. Eesmärk ja üldsätted', '2. Valitsemisala toimimine', '3. Ministeeriumi toimimine'].map((title) => text.indexOf(title));
    expect(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]!))).toBe(true);
  });

  it('shows who owns a process (S1 ptk 3.2)', () => {
    expect(page('/protsessid/p13/')).toContain('Omanik Kriisireguleerimis- ja toimepidevuse juht');
    expect(page('/protsessid/p06/')).toContain('RaM-i ühisosakonna õigustalituse juht');
  });

  it('renders Table 1 and Table 2 from the data inside chapter 1', () => {
    const chapter = page('/kasiraamat/1-eesmark-ja-uldsatted/');
    expect(chapter).toContain('Tabel 1. Ministeeriumi juhtimistasandid');
    expect(chapter).toContain('Esindab valitsemisalaülest poliitilist vaadet ning seab poliitilisi prioriteete.');
    expect(chapter).toContain('Tabel 2. Ministeeriumi juhtimisorganid ja otsustuskogud');
    expect(chapter).toContain('Vähemalt 2 korda kuus (iga II nädal)');
  });

  it('links the cited guide P01_J01 to the honest P01 entry', () => {
    const html = readFileSync(join(siteDir, 'kasiraamat/1-eesmark-ja-uldsatted/index.html'), 'utf8');
    expect(html).toMatch(/<a href="\/protsessid\/p01\/"[^>]*>P01_J01<\/a>/);
  });

  it('shows the support services with their processes (S1 ptk 3.2)', () => {
    const chapter = page('/kasiraamat/3-ministeeriumi-toimimine/');
    expect(chapter).toContain('Välisvahendite juhtimine');
    expect(chapter).toContain('Välisvahendite projektide elluviimise protsess (P17)');
  });

  it('shows a role card of SKA with its job family (rollikaardid 2024)', () => {
    expect(page('/rollid/ska-testjuht/')).toContain('IT-testimine 3');
    expect(page('/rollifunktsioonid/voimestaja/')).toContain('empowerment');
  });

  it('shows the job description of the SKA head of the services department (ametijuhend)', () => {
    const text = page('/ametikohad/ska-teenuste-osakonna-juhataja/');
    expect(text).toContain('Vahetu juhi antud muude ühekordsete ülesannete täitmine');
    expect(text).toContain('Magistrikraadile vastav kvalifikatsioon');
    expect(text).toContain('Peadirektor');
  });

  it('shows the integration initiative with its goals and timeline (slides 2025)', () => {
    const text = page('/algatused/sotsiaal-ja-tervisevaldkonna-integratsioon/');
    expect(text).toContain('30%');
    expect(text).toContain('Tervisejuhtide koolitus');
  });

  it('shows the policy taxonomy and the background on service-based management (slides)', () => {
    expect(page('/poliitikavaldkonnad/vaimse-tervise-poliitika/')).toContain('Terviseala');
    expect(page('/taust/teenuspohine-juhtimine/')).toContain('Koostöömudel');
  });

  it('writes the processes of S1 ch 3.1 and 3.2 as S1 does: the name, then its code, reference or state in brackets', () => {
    const chapter = page('/kasiraamat/3-ministeeriumi-toimimine/');
    for (const row of ['Poliitikajuhtimise protsess (P15)', 'Õigusloome protsess (P03)', 'Eelarve planeerimine (viide P02)', 'Analüüsiprotsess (loomisel)']) {
      expect(chapter).toContain(row);
    }
    expect(chapter).not.toContain('P03 Õigusloome protsess');
  });

  it('keeps a space between a forum’s frequency and its explanation', () => {
    const html = readFileSync(join(siteDir, 'juhtimisorganid', 'kantsleri-koosolek', 'index.html'), 'utf8');
    expect(html).toMatch(/Kord nädalas\s+<span class="gap">\(umbes/);
  });

  it('shows on a post the processes it owns', () => {
    const text = page('/ametikohad/siseauditi-juht/');
    expect(text).toContain('P08 Siseauditi protsess');
    expect(text).toContain('P12 Riskijuhtimise protsess');
  });

  it('writes the directive date the Estonian way in the footer', () => {
    expect(page('/')).toContain('kinnitatud käskkirjaga 15.01.2026 nr 2');
  });
});

describe('abbreviations in running text', () => {
  it('are explained with <abbr> from the glossary, once per page', () => {
    const html = readFileSync(join(siteDir, 'kasiraamat/2-valitsemisala-toimimine/index.html'), 'utf8');
    expect(html.match(/<abbr title="tegevuspõhine riigieelarve">TERE<\/abbr>/g)).toHaveLength(1);
  });
});
