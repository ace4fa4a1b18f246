import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';

// The sentences of the handbook that mention an entry, as a reader finds them on its page.
const siteDir = inject('siteDir');
const parsed = new Map<string, Root>();
const page = (path: string): Root => {
  if (!parsed.has(path)) parsed.set(path, fromHtml(readFileSync(join(siteDir, path, 'index.html'), 'utf8')));
  return parsed.get(path)!;
};

function elements(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && test(node)) found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** The text of a page from an element on, in document order: what stands under a heading. */
function textFrom(tree: Nodes, start: Element): string {
  let started = false;
  let text = '';
  const visit = (node: Nodes) => {
    if (node === start) started = true;
    if (started && node.type === 'text') text += node.value;
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return text;
}

const hasClass = (name: string) => (element: Element) => (element.properties.className as string[] | undefined)?.includes(name) ?? false;
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The mentions section of an entry page: each sentence with its marked words and where it links. */
function mentionsOn(path: string) {
  const [section] = elements(page(path), hasClass('mentions'));
  if (!section) return undefined;
  return {
    section,
    items: elements(section, (element) => element.tagName === 'li').map((item) => {
      const [sentence] = elements(item, hasClass('mention-sentence'));
      const [place] = elements(item, hasClass('mention-place'));
      return {
        sentence: fold(textOf(sentence!)),
        marked: elements(sentence!, (element) => element.tagName === 'mark').map(textOf),
        href: String(place!.properties.href),
        place: textOf(place!),
      };
    }),
  };
}

/** Every entry page of the built site, by URL. */
function entryPages(): string[] {
  const segments = ['ametikohad', 'rollid', 'protsessid', 'juhtimisorganid', 'poliitikavaldkonnad', 'tugiteenused', 'asutused', 'struktuuriuksused', 'moisted', 'poliitikaalad'];
  return segments.flatMap((segment) =>
    readdirSync(join(siteDir, segment))
      .filter((name) => statSync(join(siteDir, segment, name)).isDirectory())
      .map((name) => `/${segment}/${name}/`),
  );
}

describe('linked mentions on entry pages', () => {
  it('show on the Kvaliteedijuht page what S1 says the post does, with a link to the section', () => {
    const mentions = mentionsOn('/ametikohad/kvaliteedijuht/');
    expect(mentions?.items).toEqual(
      expect.arrayContaining([
        {
          sentence: 'VAJS keskse koordineerimise eest ministeeriumi tasandil vastutab SoMis kvaliteedijuht ning iga asutuse tasandil selleks määratud inimene.',
          marked: ['kvaliteedijuht'],
          href: '/kasiraamat/1-eesmark-ja-uldsatted/#14-rollid-ja-vastutus',
          place: '1.4. Rollid ja vastutus',
        },
        expect.objectContaining({
          sentence: 'Kvaliteedijuht vastutab juhtimissüsteemi ajakohasuse tagamise ning kõigile olemasolevatele ja uutele töötajatele juhtimissüsteemi tutvustamise eest.',
          marked: ['Kvaliteedijuht'],
          href: '/kasiraamat/3-ministeeriumi-toimimine/',
        }),
      ]),
    );
    expect(textOf(elements(mentions!.section, (element) => element.tagName === 'h2')[0]!)).toBe('Käsiraamatus mainitud');
  });

  it('find a role by its inflected name in S1 and in the slides, grouped by chapter in reading order', () => {
    const mentions = mentionsOn('/rollid/poliitikajuht/')!;
    expect(mentions.items.map((item) => item.sentence)).toContain('NB! Poliitikajuhi ja teenusejuhi roll, vastutus ja õigused on asutuste üleselt võimalikult sarnased.');
    expect(mentions.items.flatMap((item) => item.marked)).toEqual(expect.arrayContaining(['poliitikajuht', 'Poliitikajuhi']));
    const chapters = elements(mentions.section, (element) => element.tagName === 'h3').map(textOf);
    expect(chapters).toEqual(['2. Valitsemisala toimimine', 'Meie teekond teenuspõhisele juhtimisele üleminekul']);
  });

  it('find a process by its code and a body by its name in its case forms', () => {
    expect(mentionsOn('/protsessid/p15/')!.items.map((item) => item.marked)).toEqual([['P15']]);
    const body = mentionsOn('/juhtimisorganid/poliitikavaldkonna-tuumiktiim/')!;
    expect(body.items[0]!.marked).toEqual(['Poliitikavaldkonna tuumiktiimi']);
  });

  it('say nothing where the handbook names nothing: no empty section', () => {
    expect(mentionsOn('/poliitikavaldkonnad/vaimse-tervise-poliitika/')).toBeUndefined();
  });

  it('are kept out of the search index, so an entry never ranks for the sentences of a chapter', () => {
    expect(mentionsOn('/ametikohad/kvaliteedijuht/')!.section.properties.dataPagefindIgnore).toBeDefined();
  });

  it('link every sentence to a heading that exists on the chapter page, and the sentence stands under it there', () => {
    let checked = 0;
    for (const path of entryPages()) {
      for (const item of mentionsOn(path)?.items ?? []) {
        const [target, fragment] = item.href.split('#') as [string, string | undefined];
        const chapter = page(target);
        let place = elements(chapter, (element) => element.tagName === 'main')[0]!;
        if (fragment) {
          const [heading] = elements(chapter, (element) => element.properties.id === fragment);
          expect(heading, `${path}: ${item.href}`).toBeDefined();
          expect(/^h[1-6]$/.test(heading!.tagName), `${item.href} is a heading`).toBe(true);
          expect(fold(textOf(heading!))).toBe(item.place);
          place = heading!;
        }
        expect(fold(textFrom(chapter, place)), `${path}: the sentence stands under ${item.href}`).toContain(item.sentence);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe('the scorecard', () => {
  it('is one page with every area and its indicators, and what S1 ptk 1.6 says of it', () => {
    const text = fold(textOf(page('/tulemuskaart/')));
    for (const [area, indicator] of [
      ['KLIENT', 'Klientide (sh siseklientide) ja partnerite tagasiside'],
      ['STRATEEGIA', 'Prioriteetsete projektide (PP) ja VV TP tulemuste saavutamine'],
      ['ARENG', 'Tööprotsesside parendamine'],
      ['RAHA', 'Välisvahendite kasutamine'],
    ]) {
      expect(text).toContain(area);
      expect(text).toContain(indicator);
    }
    expect(text).toContain('Tulemuskaarti on koondatud olulisemad eesmärgid ja tulemusnäitajad, mille eest juht koos oma tiimiga vastutab.');
    const links = elements(page('/tulemuskaart/'), (element) => element.tagName === 'a').map((link) => String(link.properties.href));
    expect(links).toEqual(expect.arrayContaining(['/tulemuskaart/klient/', '/tulemuskaart/raha/', '/kasiraamat/1-eesmark-ja-uldsatted/#16-tulemuslikkuse-seiramine']));
  });

  it('keeps each published area page, saying its area and indicators and linking to the whole scorecard', () => {
    const raha = page('/tulemuskaart/raha/');
    const text = fold(textOf(raha));
    expect(fold(textOf(elements(raha, (element) => element.tagName === 'h1')[0]!))).toBe('RAHA');
    expect(text).toContain('Eelarve vahendite juhtimine');
    expect(text).toContain('Välisvahendite kasutamine');
    expect(text).not.toContain('Klientide (sh siseklientide)');
    const links = elements(raha, (element) => element.tagName === 'a').map((link) => String(link.properties.href));
    expect(links).toEqual(expect.arrayContaining(['/tulemuskaart/', '/tulemuskaart/klient/']));
  });
});
