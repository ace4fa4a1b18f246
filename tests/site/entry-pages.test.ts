import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, inject, it } from 'vitest';

// The entry pages of roles, posts, bodies, the initiative, policy areas, units and organisations
// as an employee reads them in the published version: each fact once, only what is known, no
// maintainer's note, and the sources' own qualifiers kept.
const siteDir = inject('siteDir');

const article = (path: string): Element => {
  const tree = fromHtml(readFileSync(join(siteDir, path, 'index.html'), 'utf8'));
  const found = find(tree, (node) => node.tagName === 'article');
  if (!found) throw new Error(`No <article> on ${path}`);
  return found;
};

function find(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const deeper = find(child, test);
    if (deeper) return deeper;
  }
  return undefined;
}

function all(node: Root | Element, test: (element: Element) => boolean): Element[] {
  return node.children.flatMap((child: RootContent) => (child.type === 'element' ? [...(test(child) ? [child] : []), ...all(child, test)] : []));
}

/** The text of an element, without the text of nested lists (a list item's sub-items are items of their own). */
function ownText(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || node.tagName === 'ul' || node.tagName === 'ol') return '';
  return node.children.map(ownText).join('');
}

function fullText(node: Element | RootContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(fullText).join(' ') : '';
}

const fold = (text: string) => text.replace(/\s+/g, ' ').replace(/ ([,.;:)“])/g, '$1').replace(/([(„]) /g, '$1').trim();
const textOf = (path: string) => fold(fullText(article(path)));
/** A list item that only links an entry: the same entry may stand in two relations (a card's target group, and a card that targets this one). */
const isEntryLink = (node: Element) => {
  const content = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
  return content.length === 1 && content[0]!.type === 'element' && content[0]!.tagName === 'a';
};
const blocks = (path: string) =>
  all(article(path), (node) => (node.tagName === 'p' || node.tagName === 'li') && !isEntryLink(node)).map((node) => fold(ownText(node))).filter(Boolean);
const headings = (path: string) => all(article(path), (node) => /^h[1-4]$/.test(node.tagName)).map((node) => ({ level: node.tagName, text: fold(ownText(node)) }));

const pagesOf = (segment: string) => readdirSync(join(siteDir, segment), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `/${segment}/${entry.name}/`);
const ENTRY_PAGES = ['rollid', 'ametikohad', 'juhtimisorganid', 'algatused', 'poliitikavaldkonnad', 'struktuuriuksused', 'asutused'].flatMap(pagesOf);

describe('a role page', () => {
  const roles = pagesOf('rollid');

  it('exists for every role of version 3', () => {
    expect(roles).toHaveLength(25);
  });

  it.each(roles)('%s shows no paragraph or list item twice', (path) => {
    const seen = blocks(path);
    const repeated = seen.filter((text, index) => seen.indexOf(text) !== index);
    expect(repeated).toEqual([]);
  });

  it.each(roles)('%s repeats no heading, and no subheading repeats the heading above it', (path) => {
    const list = headings(path);
    const texts = list.map((heading) => heading.text);
    expect(texts.filter((text, index) => texts.indexOf(text) !== index)).toEqual([]);
    list.forEach((heading, index) => {
      const above = list.slice(0, index).reverse().find((candidate) => candidate.level < heading.level);
      if (above) expect(heading.text.startsWith(above.text.replace(/\s*\(.*\)$/, '')), `${heading.text} under ${above.text}`).toBe(false);
    });
  });

  it('Poliitikajuht: LISA 1 once, the slides\' identical wording not again, Table 1 only for what it adds', () => {
    const text = textOf('/rollid/poliitikajuht/');
    const opening = 'Poliitikajuhi roll on oma poliitikavaldkonna sisuline juhtimine';
    expect(text.split(opening)).toHaveLength(2);
    expect(text).not.toContain('Teenuspõhise juhtimise slaididel');
    expect(text).toContain('Lisaks juhtimistasandite tabelis (S1 tabel 1)');
    expect(text).toContain('Vastutab sisuliste tööotsuste, dokumentide ja arengutegevuste eest.');
    expect(headings('/rollid/poliitikajuht/').map((heading) => heading.text)).toContain('Ülesanded ja vastutus (S1 LISA 1)');
  });

  it('names its relations in words a reader understands', () => {
    const text = textOf('/rollid/poliitikajuht/');
    expect(text).toContain('Kogud, mida see roll juhib Poliitikavaldkonna tuumiktiim');
    expect(text).toContain('Kogud, kus see roll osaleb');
    expect(textOf('/rollid/osakonnajuhataja/')).toContain('Protsessid, mille omanik on selle rolli ametikoht');
  });

  it('keeps the sources\' qualifiers: "vajaduspõhiselt", Table 2\'s "2x kuus", Table 1\'s NB, the slides\' footnote', () => {
    expect(textOf('/rollid/poliitikajuht/')).toContain('Ministri briif (valdkonna või teema põhiselt) — vajaduspõhiselt');
    expect(textOf('/rollid/osakonnajuhataja/')).toContain('Kantsleri koosolek — 2x kuus (I ja III T)');
    const service = textOf('/rollid/teenusejuht/');
    expect(service).toContain('NB! Teenusejuhi rolli võib asutuses täita selleks volitatud ekspert');
    expect(service).toContain('Slaidide märkus: Tuumiktiimi panustamise roll võib olla määratud asutuses teisiti');
    expect(textOf('/rollid/ska-osakonna-juhataja/')).toContain('Sõltuvalt osakonna suurusest ja asjaolust, kas hakkab tulevikus asendama peadirektorit.');
  });

  it('a role card gives its functions once, in the card\'s words, each linked to its definition', () => {
    const html = readFileSync(join(siteDir, 'rollid/ska-testjuht/index.html'), 'utf8');
    expect(textOf('/rollid/ska-testjuht/')).toContain('Milliseid rolle täidab? Võimestaja, nõustaja, kontrollija Töö eesmärk');
    expect(html).toContain('<a href="/rollifunktsioonid/noustaja/">nõustaja</a>');
    expect(textOf('/rollid/ska-osakonna-juhataja/')).toContain('Vaata ka: Inimeste juht.');
  });

  it('a role card does not show its unfilled approval line', () => {
    expect(textOf('/rollid/ska-testjuht/')).not.toMatch(/Kinnitatud käskkirjaga|teadmata/);
  });
});

describe('a post\'s page', () => {
  it('reads as the job description: purpose first, who it reports to, who substitutes ("või" kept), its role', () => {
    const text = textOf('/ametikohad/ska-teenuste-osakonna-juhataja/');
    expect(text).toMatch(/^Ametikoht Teenuste osakonna juhataja Ametikoha eesmärk on koordineerida osakonna tegevust/);
    expect(text).toContain('Vahetu juht Peadirektor');
    expect(text).toContain('Kes asendab Erihoolekande ja rehabilitatsiooni talituse talitusejuhataja, Abivahendite talituse talitusejuhataja või Ekspertiisi talituse talitusejuhataja');
    expect(text).toContain('Rollid juhtimissüsteemis Osakonna juhataja');
    expect(text.split('Ametikoha eesmärk on')).toHaveLength(2);
  });

  it('shows no placeholder of the job description\'s unsigned template', () => {
    const job = find(article('/ametikohad/ska-teenuste-osakonna-juhataja/'), (node) => node.tagName === 'section' && String(node.properties['ariaLabelledBy']) === 'ametijuhend');
    expect(job).toBeDefined();
    expect(fold(fullText(job!))).not.toMatch(/Allkirjastaja|täitmata|teadmata|\{/);
  });

  it('lists what the post owns under a heading that says so', () => {
    const text = textOf('/ametikohad/kvaliteedijuht/');
    expect(text).toContain('Protsessid, mille omanik see ametikoht on P15 Poliitikajuhtimise protsess');
    expect(textOf('/ametikohad/sotsiaal-ja-tervisevaldkonna-integratsiooni-juht/')).toContain('Algatused, mida see ametikoht juhib Teel integreeritud tervise- ja sotsiaalsüsteemi poole');
  });
});

describe('a body\'s page', () => {
  it('gives purpose, frequency, organ, category, chair and participants with their qualifiers', () => {
    const text = textOf('/juhtimisorganid/poliitikavaldkonna-tuumiktiim/');
    expect(text).toContain('Juhtida poliitikavaldkonna tuumiktiimi tööd valdkonna eesmärkide saavutamiseks.');
    expect(text).toContain('Regulaarsus Üldjuhul kord kuus (');
    expect(text).toContain('Juhtimisorgan Poliitikavaldkonna tuumiktiim');
    expect(text).toContain('Juhtimise liik Poliitikavaldkondade sisuline juhtimine');
    expect(text).toContain('Kogu juhib Poliitikajuht');
    expect(textOf('/juhtimisorganid/kantsleri-koosolek/')).toContain('kõik osakonnajuhatajad — 2x kuus (I ja III T)');
    expect(textOf('/juhtimisorganid/ministri-briif/')).toContain('vajaduspõhiselt');
  });

  it('puts a space between the source\'s frequency and the counted one', () => {
    expect(textOf('/juhtimisorganid/kantsleri-koosolek/')).toContain('Kord nädalas (');
  });
});

describe('units and organisations', () => {
  it('an organisation shows its units and posts as a tree, not as lists of backlinks', () => {
    const text = textOf('/asutused/ska/');
    expect(text).toContain('Kuulub valitsemisalasse Sotsiaalministeerium');
    expect(text).toContain('Struktuuriüksused ja ametikohad');
    expect(text).toContain('Teenuste osakond Teenuste osakonna juhataja');
    expect(text).not.toContain('Viited sellele kirjele');
    expect(textOf('/asutused/som/')).toContain('Struktuuriüksused, ametikohad ja valitsemisala asutused');
  });

  it('a unit shows the units and posts in it', () => {
    const text = textOf('/struktuuriuksused/ram-uhisosakond/');
    expect(text).toContain('Liik Ühisosakond');
    expect(text).toContain('Allüksused Haldustalitus RaM-i ühisosakonna haldustalituse juht');
    expect(textOf('/struktuuriuksused/ska-teenuste-osakond/')).toContain('Ametikohad Teenuste osakonna juhataja');
  });
});

describe('every entry page of these kinds', () => {
  it('covers the published entries', () => {
    expect(ENTRY_PAGES.length).toBeGreaterThan(90);
  });

  it.each(ENTRY_PAGES)('%s lists no unknown field and no maintainer\'s note', (path) => {
    const text = textOf(path);
    expect(text).not.toMatch(/lähtedokumentides märkimata|lähtedokumendis täitmata|kuupäev teadmata|number teadmata|Märkus kvaliteedijuhile|Poliitikakaardi väljad/);
    expect(all(article(path), (node) => String(node.properties['className'] ?? '').includes('maintainer-note'))).toEqual([]);
  });

  it('a policy area shows where it sits in the taxonomy, and only the card fields that are known', () => {
    const text = textOf('/poliitikavaldkonnad/vaimse-tervise-poliitika/');
    expect(text).toContain('Poliitikaala Terviseala Rühm Vaimne tervis Horisontaalpoliitika ei');
    expect(text).not.toMatch(/Tuumiktiim|Mõõdikud|Infosüsteemid/);
    expect(textOf('/poliitikavaldkonnad/ohvriabipoliitika/')).toContain('Teised poliitikavaldkonnad rühmas „Hoolekanne“');
  });

  it('the initiative shows only the facts the slides give', () => {
    const text = textOf('/algatused/sotsiaal-ja-tervisevaldkonna-integratsioon/');
    expect(text).toContain('Algatust juhib Sotsiaal- ja tervisevaldkonna integratsiooni juht');
    expect(text).not.toContain('Poliitikavaldkonnad');
  });
});
