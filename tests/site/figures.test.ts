import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { PUBLISHED_CONTENT } from '../support/build-site.ts';

// The figures drawn from the data, as the built pages carry them: what each must show, checked
// against the published version's own data files.
const siteDir = inject('siteDir');

function page(path: string): Root {
  const file = join(siteDir, path, 'index.html');
  if (!existsSync(file)) throw new Error(`The site has no page ${path}`);
  return fromHtml(readFileSync(file, 'utf8'));
}

function elements(node: Root | RootContent, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, test, found);
  return found;
}

function text(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map(text).join(node.type === 'element' && node.tagName === 'text' ? ' ' : '');
  return '';
}

const classes = (element: Element): string[] => (element.properties.className as string[] | undefined) ?? [];
const hasClass = (name: string) => (element: Element) => classes(element).includes(name);
const byTag = (name: string) => (element: Element) => element.tagName === name;
const svgText = (element: Element) => elements(element, byTag('text')).map(text).join(' ').replace(/\s+/g, ' ');

function content<T>(collection: string): { id: string; data: T }[] {
  const folder = join(PUBLISHED_CONTENT, collection);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => ({ id: file.replace(/\.yaml$/, ''), data: parse(readFileSync(join(folder, file), 'utf8')) as T }));
}

/** The drawn figures of a page: every <svg role="img"> with the title and description it is named by. */
function drawings(root: Root | Element): { svg: Element; title: string; description: string }[] {
  return elements(root, (element) => element.tagName === 'svg' && element.properties.role === 'img').map((svg) => {
    const byId = (id: unknown) => elements(svg, (element) => element.properties.id === id)[0];
    const title = byId(svg.properties.ariaLabelledBy?.toString());
    const description = byId(svg.properties.ariaDescribedBy?.toString());
    return { svg, title: title ? text(title) : '', description: description ? text(description) : '' };
  });
}

describe('the policy-area taxonomy (S1 joonis 2)', () => {
  const areas = content<{ name: string; horizontal: boolean }>('policy-areas');

  for (const path of ['/kasiraamat/2-valitsemisala-toimimine/', '/poliitikavaldkonnad/']) {
    it(`${path} draws every policy area of the data, horizontal ones marked, in a figure with a title, a description and a caption`, () => {
      const root = page(path);
      const figure = elements(root, (element) => element.tagName === 'figure' && element.properties.id === 'joonis-poliitikavaldkonnad');
      expect(figure).toHaveLength(1);
      const caption = elements(figure[0]!, byTag('figcaption')).map(text).join(' ');
      expect(caption).toMatch(path.startsWith('/kasiraamat/') ? /^Joonis 2\. Ministeeriumi poliitikavaldkonnad\./ : /^S1 joonis 2\. Ministeeriumi poliitikavaldkonnad\./);
      expect(caption).toContain('Meie teekond teenuspõhisele juhtimisele üleminekul');
      const drawn = drawings(figure[0]!);
      expect(drawn.length, 'a drawing for a wide column and one for a phone').toBe(2);
      for (const { svg, title, description } of drawn) {
        expect(title).toBe('Ministeeriumi poliitikavaldkonnad poliitikaalade ja rühmade kaupa');
        for (const area of areas) expect(description).toContain(area.data.name);
        const boxes = elements(svg, hasClass('fig-area')).filter((box) => box.properties.dataArea);
        for (const area of areas) {
          const ofArea = boxes.filter((box) => box.properties.dataArea === area.id);
          expect(ofArea.length, area.id).toBeGreaterThan(0);
          for (const box of ofArea) {
            expect(svgText(box)).toBe(area.data.name);
            expect(classes(box).includes('fig-area-horizontal'), `${area.id} horizontal`).toBe(area.data.horizontal);
          }
        }
      }
    });
  }

  it('keeps the list of areas with their links next to the figure as its text alternative', () => {
    const list = elements(page('/poliitikavaldkonnad/'), hasClass('taxonomy'))[0]!;
    const links = elements(list, byTag('a')).map((link) => link.properties.href);
    for (const area of areas) expect(links).toContain(`/poliitikavaldkonnad/${area.id}/`);
  });
});

describe('who sits in which body (/juhtimisorganid/)', () => {
  const root = page('/juhtimisorganid/');
  const bodies = content<{ name: string; chair?: string; participants: { name: string; role?: string; whenNeeded?: boolean }[] }>('bodies');
  const figure = elements(root, (element) => element.tagName === 'figure' && element.properties.id === 'joonis-osalejad')[0]!;
  const marks = elements(figure, hasClass('fig-mark')).filter((mark) => mark.properties.dataBody);
  const markAt = (body: string, participant: string) => marks.filter((mark) => mark.properties.dataBody === body && mark.properties.dataParticipant === participant);

  it('is a figure with a title and a description that names every body', () => {
    const [drawing] = drawings(figure);
    expect(drawing!.title).toBe('Kes millises otsustuskogus osaleb');
    for (const body of bodies) expect(drawing!.description).toContain(body.data.name);
  });

  it('marks the chair that the data names, e.g. the asekantsler of the valdkonna koosolek', () => {
    expect(bodies.filter((body) => body.data.chair).length).toBeGreaterThan(0);
    for (const body of bodies.filter((entry) => entry.data.chair)) {
      const [mark] = markAt(body.id, body.data.chair!);
      expect(mark, `${body.id} × ${body.data.chair}`).toBeDefined();
      expect(classes(mark!)).toContain('fig-mark-chair');
    }
    expect(classes(markAt('valdkonna-koosolek', 'asekantsler')[0]!)).toContain('fig-mark-chair');
  });

  it('marks every participant of every body once, "vajaduspõhiselt" apart from the others', () => {
    for (const body of bodies) {
      for (const participant of body.data.participants) {
        const key = participant.role ?? `osaleja:${participant.name.toLocaleLowerCase('et')}`;
        const found = markAt(body.id, key);
        expect(found, `${body.id} × ${key}`).toHaveLength(1);
        const expected = participant.role && body.data.chair === participant.role ? 'fig-mark-chair' : participant.whenNeeded ? 'fig-mark-whenNeeded' : 'fig-mark-member';
        expect(classes(found[0]!), `${body.id} × ${key}`).toContain(expected);
      }
    }
    const participations = new Set(bodies.flatMap((body) => [...body.data.participants.map((p) => `${body.id}/${p.role ?? p.name.toLocaleLowerCase('et')}`), ...(body.data.chair ? [`${body.id}/${body.data.chair}`] : [])]));
    expect(marks).toHaveLength(participations.size);
  });

  it('explains its marks in words beside the drawing', () => {
    const legend = elements(figure, hasClass('figure-legend')).map(text).join(' ');
    expect(legend).toContain('juhatab');
    expect(legend).toContain('osaleb vajaduspõhiselt');
  });
});

describe('the meeting rhythm (/juhtimisorganid/)', () => {
  const root = page('/juhtimisorganid/');
  const bodies = content<{ name: string; frequency: { asWritten: string; times: number; per: string } }>('bodies');
  const perQuarter = { nädal: 13, kuu: 3, kvartal: 1 } as Record<string, number>;

  it('draws a dot per meeting in a quarter for every body, beside the source\'s words', () => {
    const figure = elements(root, (element) => element.tagName === 'figure' && element.properties.id === 'joonis-regulaarsus')[0]!;
    for (const { svg } of drawings(figure)) {
      for (const body of bodies) {
        const row = elements(svg, (element) => element.properties.dataBody === body.id)[0];
        expect(row, body.id).toBeDefined();
        expect(elements(row!, byTag('circle')).length, body.id).toBe(body.data.frequency.times * perQuarter[body.data.frequency.per]!);
        expect(svgText(row!)).toContain(body.data.frequency.asWritten);
      }
    }
  });

  it('gives the counts as words in its table, not as dots that read "1 3×"', () => {
    const table = elements(root, hasClass('calendar'))[0]!;
    const cells = text(table);
    expect(cells).not.toContain('●');
    expect(cells).toContain('13 korda kvartalis');
    expect(cells).toContain('kord kvartalis');
    expect(cells).toMatch(/\b2 korda kuus/);
  });
});

describe('table 2 (chapter 1)', () => {
  const table = elements(page('/kasiraamat/1-eesmark-ja-uldsatted/'), hasClass('bodies-table'))[0]!;

  it('writes the kind of management as a heading over its rows, as S1\'s merged cell does, in the order of the rows', () => {
    const bodies = content<{ category: string; order: number }>('bodies').sort((a, b) => a.data.order - b.data.order);
    const runs = bodies.map((body) => body.data.category).filter((category, index, all) => index === 0 || all[index - 1] !== category);
    const headings = elements(table, (element) => element.tagName === 'th' && element.properties.scope === 'rowgroup').map((th) => text(th).toLocaleLowerCase('et'));
    expect(headings).toEqual(runs);
    expect(elements(table, (element) => element.tagName === 'th' && element.properties.scope === 'col').map(text)).toEqual(['Juhtimisorgan', 'Otsustuskogu', 'Liikmed/osalejad', 'Eesmärk', 'Regulaarsus']);
  });

  it('stands in a focusable region named by its caption', () => {
    const region = elements(page('/kasiraamat/1-eesmark-ja-uldsatted/'), (element) => element.properties.role === 'region' && elements(element, hasClass('bodies-table')).length > 0)[0]!;
    expect(region.properties.ariaLabel).toBe('Tabel 2. Ministeeriumi juhtimisorganid ja otsustuskogud');
    expect(region.properties.tabIndex).toBe(0);
  });
});
