import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContentTree } from '../../src/loading/read-content.ts';
import { notesOf } from '../../src/site/maintainer-notes.ts';
import { PUBLISHED_CONTENT } from '../support/build-site.ts';

// What an employee reads on the published site: the sources' facts and where they come from,
// never the transcriber's notes, a list of unknown fields or the date of a commit.
const siteDir = inject('siteDir');
const fold = (html: string) =>
  html.replace(/<[^>]+>/g, ' ').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replace(/\s+/g, ' ');
const text = (path: string) => fold(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
/** The entry itself, without the header's menu and the footer. */
const article = (path: string) => fold(/<article[\s\S]*<\/article>/.exec(readFileSync(join(siteDir, path, 'index.html'), 'utf8'))![0]);

function pagesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile() && item.name === 'index.html')
    .map((item) => `/${relative(siteDir, item.parentPath).split(sep).join('/')}/`.replace(/^\/\/$/, '/'));
}
// The quality manager's section shows the notes on purpose; every other page is a reader's.
const readerPages = pagesUnder(siteDir).filter((path) => !path.startsWith('/kvaliteedijuhile/') && !path.startsWith('/pagefind/'));
const notes = readContentTree(PUBLISHED_CONTENT).entries.flatMap(({ collection, id, data }) => notesOf(collection, data).map((note) => ({ entry: `${collection}/${id}`, text: note.text.replace(/\s+/g, ' ') })));

describe('a reader\'s page of the published version', () => {
  it('is one of many pages, and the published version has notes to keep off them', () => {
    expect(readerPages.length).toBeGreaterThan(200);
    expect(notes.length).toBeGreaterThan(100);
  });

  it('shows no maintainer\'s note, on any page', () => {
    const pages = readerPages.map((path) => ({ path, text: text(path) }));
    expect(pages.filter((page) => page.text.includes('Märkus kvaliteedijuhile')).map((page) => page.path)).toEqual([]);
    const shown = notes.filter((note) => pages.some((page) => page.text.includes(note.text)));
    expect(shown.map((note) => note.entry)).toEqual([]);
  });

  it('lists no field as unknown ("lähtedokumentides märkimata"), no unknown directive parts and no empty value', () => {
    const withGaps = readerPages.filter((path) => /lähtedokumentides märkimata|kuupäev teadmata|number teadmata/.test(text(path)));
    expect(withGaps).toEqual([]);
    const withEmptyValues = readerPages.filter((path) => /<dd>\s*<\/dd>/.test(readFileSync(join(siteDir, path, 'index.html'), 'utf8')));
    expect(withEmptyValues).toEqual([]);
  });

  it('says which version it belongs to and since when that is in force, not the date of a commit', () => {
    const withCommitDates = readerPages.filter((path) => /viimati muudetud/.test(text(path)));
    expect(withCommitDates).toEqual([]);
    expect(text('/protsessid/p13/')).toContain('Allikas S1 ptk 3.2, tabel S1 versioon 3, kehtib alates 15.01.2026 (käskkiri nr 2).');
    expect(text('/asutused/ska/')).toContain('S1 versioon 3, kehtib alates 15.01.2026 (käskkiri nr 2).');
  });

  it('says of P01, known only by its code, once and in one sentence that the sources name nothing else', () => {
    const p01 = text('/protsessid/p01/');
    expect(p01).toContain('Lähtedokumendid ei nimeta protsessi P01 nime, liiki, omanikku ega staatust.');
    expect(p01).not.toContain('teadmata');
    expect(readFileSync(join(siteDir, 'protsessid/p01/index.html'), 'utf8')).not.toContain('<dl class="facts"');
  });

  it('opens a process with who owns it, and gives a core process no support service row', () => {
    const p15 = article('/protsessid/p15/');
    expect(p15).toContain('Poliitikajuhtimise protsess on põhiprotsess, mille omanik on Kvaliteedijuht.');
    expect(p15).toContain('Omanik Kvaliteedijuht');
    expect(p15).not.toContain('Tugiteenus');
    expect(p15).not.toContain('põhiprotsess (poliitikajuhtimine)');
  });

  it('heads its backlinks with what the relation means, for the kind of entry that links', () => {
    expect(text('/tugiteenused/strateegiline-planeerimine/')).toContain('Selle tugiteenuse protsessid P02 Strateegilise planeerimise ja finantsjuhtimise protsess');
    expect(text('/asutused/ska/')).toContain('Struktuuriüksused ja ametikohad');
    expect(text('/rollifunktsioonid/voimestaja/')).toContain('Rollikaardid, kus see rollifunktsioon on nimetatud');
    for (const cryptic of ['Kelle sihtgrupp', 'Viidatud', 'Viited sellele kirjele']) {
      expect(readerPages.filter((path) => text(path).includes(cryptic)), cryptic).toEqual([]);
    }
  });

  it('keeps the documents S1 replaced, without the reasoning about their old headers', () => {
    const changes = text('/muudatused/');
    expect(changes).toContain('S01 versioon 2 — Sotsiaalministeeriumi juhtimissüsteemi kirjeldus, koostanud Anni Adamson.');
    expect(changes).not.toContain('lehepäis');
  });
});

describe('the quality manager\'s list of notes', () => {
  it('holds every note of the published version, each under a link to its entry', () => {
    const html = readFileSync(join(siteDir, 'kvaliteedijuhile/markused/index.html'), 'utf8');
    const page = fold(html);
    expect(notes.filter((note) => !page.includes(note.text)).map((note) => note.entry)).toEqual([]);
    expect(html).toContain('<a href="/protsessid/p15/">P15 Poliitikajuhtimise protsess</a>');
    expect(page).toContain('content/processes/p15.yaml');
    expect(page).toContain('mõne valdkonna rühm on valitud tõenäoseima lugemise järgi');
  });

  it('is listed in the quality manager\'s section', () => {
    expect(readFileSync(join(siteDir, 'kvaliteedijuhile/index.html'), 'utf8')).toContain('<a href="/kvaliteedijuhile/markused/">Märkused allikate kohta</a>');
  });
});
