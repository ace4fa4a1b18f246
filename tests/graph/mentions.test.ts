import { describe, expect, it } from 'vitest';
import { mentionNames, type NamedEntry, wordsOfName } from '../../src/graph/mention-names.ts';
import { findMentions, groupMentions, type Mention } from '../../src/graph/mentions.ts';
import type { CollectionKey } from '../../src/model/collections.ts';
import { parseProse } from '../../src/prose/parse-prose.ts';
import { proseBlocks } from '../../src/prose/prose-blocks.ts';

const ENTRIES: NamedEntry[] = [
  { collection: 'positions', id: 'kvaliteedijuht', data: { name: 'Kvaliteedijuht' } },
  { collection: 'roles', id: 'kantsler', data: { name: 'Kantsler', scope: 'SoM' } },
  { collection: 'roles', id: 'asutuse-juht', data: { name: 'Asutuse juht', scope: 'asutus' } },
  { collection: 'roles', id: 'tuumiktiimi-liige', data: { name: 'Tuumiktiimi liige', scope: 'SoM' } },
  { collection: 'roles', id: 'ska-spetsialist', data: { name: 'Spetsialist (sh menetleja, nõustaja)', scope: 'SKA' } },
  { collection: 'roles', id: 'minister', data: { name: 'Minister', scope: 'SoM' } },
  { collection: 'bodies', id: 'kantsleri-koosolek', data: { name: 'Kantsleri koosolek' } },
  { collection: 'bodies', id: 'valdkonna-koosolek', data: { name: 'Valdkonna koosolek (asekantsleri juhtimisel)' } },
  { collection: 'organizations', id: 'som', data: { name: 'Sotsiaalministeerium', shortName: 'SoM' } },
  { collection: 'processes', id: 'p15', data: { code: 'P15', name: 'Poliitikajuhtimise protsess' } },
  { collection: 'processes', id: 'p01', data: { code: 'P01' } },
  { collection: 'policyAreas', id: 'perepoliitika', data: { name: 'Perepoliitika' } },
  { collection: 'units', id: 'ram-oigustalitus', data: { name: 'Õigustalitus' } },
  { collection: 'roleFunctions', id: 'noustaja', data: { name: 'Nõustaja' } },
  { collection: 'glossary', id: 'tuumiktiim', data: { term: 'tuumiktiim', variants: ['tuumiktiimi'] } },
  { collection: 'glossary', id: 't', data: { term: 'T' } },
  { collection: 'glossary', id: 'tere', data: { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' } },
];

const titles = new Map(ENTRIES.map((entry) => [`${entry.collection}/${entry.id}`, String(entry.data.name ?? entry.data.term)]));

/** The mentions found in one chapter written as Markdown, as "sentence with «marked» words". */
function mentionsIn(markdown: string, source: { collection: CollectionKey; id: string } = { collection: 'handbook', id: 'peatukk' }) {
  const blocks = proseBlocks(parseProse(markdown, 'mdx')!, (collection, id) => titles.get(`${collection}/${id}`));
  return findMentions([{ ...source, blocks }], mentionNames(ENTRIES));
}

const shown = (mention: Mention) => mention.runs.map((run) => (run.marked ? `«${run.text}»` : run.text)).join('');
const sentencesOf = (found: Map<string, Mention[]>, key: string) => (found.get(key) ?? []).map(shown);

describe('findMentions', () => {
  it('finds a plain-text mention and keeps the exact sentence, with the heading it stands under', () => {
    const found = mentionsIn('## 1.4. Rollid ja vastutus\n\nVAJS toimimise eest vastutab kantsler. Kvaliteedijuht vastutab juhtimissüsteemi ajakohasuse eest. Muu lause.\n');
    expect(sentencesOf(found, 'positions/kvaliteedijuht')).toEqual(['«Kvaliteedijuht» vastutab juhtimissüsteemi ajakohasuse eest.']);
    expect(found.get('positions/kvaliteedijuht')![0]!.heading).toEqual({ text: '1.4. Rollid ja vastutus', slug: '14-rollid-ja-vastutus' });
    expect(sentencesOf(found, 'roles/kantsler')).toEqual(['VAJS toimimise eest vastutab «kantsler».']);
  });

  it('finds a name in its inflected forms, the stem changes of juht and liige included', () => {
    const found = mentionsIn('Koosseis kooskõlastatakse asutuse juhiga. Kõigil tuumiktiimi liikmetel on selge arusaam. Kõik kinnitatakse kantsleri või ministri käskkirjaga. Valdkonna juhivad asutuste juhid.\n');
    expect(sentencesOf(found, 'roles/asutuse-juht')).toEqual(['Koosseis kooskõlastatakse «asutuse juhiga».', 'Valdkonna juhivad «asutuste juhid».']);
    expect(sentencesOf(found, 'roles/tuumiktiimi-liige')).toEqual(['Kõigil «tuumiktiimi liikmetel» on selge arusaam.']);
    expect(sentencesOf(found, 'roles/kantsler')).toEqual(['Kõik kinnitatakse «kantsleri» või ministri käskkirjaga.']);
    expect(sentencesOf(found, 'roles/minister')).toEqual(['Kõik kinnitatakse kantsleri või «ministri» käskkirjaga.']);
  });

  it('finds abbreviations and codes as written, with the endings glued to them', () => {
    const found = mentionsIn('Vastutab SoMis kvaliteedijuht. Kirjeldatud protsessis (P15) ja juhendis P01_J01. Sõna som ja p15 ei ole lühendid.\n');
    expect(sentencesOf(found, 'organizations/som')).toEqual(['Vastutab «SoMis» kvaliteedijuht.']);
    expect(sentencesOf(found, 'processes/p15')).toEqual(['Kirjeldatud protsessis («P15») ja juhendis P01_J01.']);
    expect(sentencesOf(found, 'processes/p01')).toEqual(['Kirjeldatud protsessis (P15) ja juhendis «P01»_J01.']);
  });

  it('lets the longer name win where one name holds another: the body Kantsleri koosolek is not the role Kantsler', () => {
    const found = mentionsIn('Otsused tehakse kantsleri koosolekul. Valdkonna koosolekul osaleb asekantsler.\n');
    expect(sentencesOf(found, 'bodies/kantsleri-koosolek')).toEqual(['Otsused tehakse «kantsleri koosolekul».']);
    expect(found.has('roles/kantsler')).toBe(false);
    // A remark in brackets is no part of the name prose uses.
    expect(sentencesOf(found, 'bodies/valdkonna-koosolek')).toEqual(['«Valdkonna koosolekul» osaleb asekantsler.']);
  });

  it('never finds a name inside another word, nor a name too short or too common to mean the entry', () => {
    const found = mentionsIn('Kvaliteedijuhtimine ja ministeeriumi perepoliitikad. Spetsialist ja nõustaja aitavad. Kord kuus (I ja III T). Õigustalitusest küsi.\n');
    expect(found.has('positions/kvaliteedijuht')).toBe(false);
    expect(found.has('roles/minister')).toBe(false);
    // The SKA role card Spetsialist and the role function Nõustaja are words in general use.
    expect(found.has('roles/ska-spetsialist')).toBe(false);
    expect(found.has('roleFunctions/noustaja')).toBe(false);
    expect(found.has('glossary/t')).toBe(false);
    // Inflected forms of a one-word name do count: "perepoliitikad", "Õigustalitusest".
    expect(sentencesOf(found, 'policyAreas/perepoliitika')).toEqual(['Kvaliteedijuhtimine ja ministeeriumi «perepoliitikad».']);
    expect(sentencesOf(found, 'units/ram-oigustalitus')).toEqual(['«Õigustalitusest» küsi.']);
  });

  it('takes a ref: link for the entry it points to, whatever its text, and does not read other names inside it', () => {
    const found = mentionsIn('Vastutab [](ref:positions/kvaliteedijuht). Nõustab [kantsleri koosoleku juht](ref:roles/kantsler).\n');
    expect(sentencesOf(found, 'positions/kvaliteedijuht')).toEqual(['Vastutab «Kvaliteedijuht».']);
    expect(sentencesOf(found, 'roles/kantsler')).toEqual(['Nõustab «kantsleri koosoleku juht».']);
    expect(found.has('bodies/kantsleri-koosolek')).toBe(false);
  });

  it('finds glossary terms beside the entries: "tuumiktiimi liikmed" names the role and uses the term', () => {
    const found = mentionsIn('Tuumiktiimi liikmed vastutavad. Poliitikavaldkond on reeglina TERE tegevuse tasand (al 2026. aastast). Teenused (sh tegevuspõhise riigieelarve teenused).\n');
    expect(sentencesOf(found, 'roles/tuumiktiimi-liige')).toEqual(['«Tuumiktiimi liikmed» vastutavad.']);
    expect(sentencesOf(found, 'glossary/tuumiktiim')).toEqual(['«Tuumiktiimi» liikmed vastutavad.']);
    expect(sentencesOf(found, 'glossary/tere')).toEqual(['Poliitikavaldkond on reeglina «TERE» tegevuse tasand (al 2026. aastast).', 'Teenused (sh «tegevuspõhise riigieelarve» teenused).']);
  });

  it('lists a sentence once per entry, with every mention in it marked, and the same sentence twice on a page once', () => {
    const found = mentionsIn('## Üks\n\nKantsler ja kantsleri nõunik.\n\n## Kaks\n\nKantsler ja kantsleri nõunik.\n');
    expect(sentencesOf(found, 'roles/kantsler')).toEqual(['«Kantsler» ja «kantsleri» nõunik.']);
  });

  it('does not match a name across a sentence end or a comma', () => {
    const found = mentionsIn('Ettepaneku teeb kantsleri. Koosolekul arutatakse. Kantsleri, koosoleku ja muu.\n');
    expect(found.has('bodies/kantsleri-koosolek')).toBe(false);
  });

  it('never lists the body a mention stands in as mentioning itself', () => {
    const found = mentionsIn('Kantsler kinnitab.\n', { collection: 'roles', id: 'kantsler' });
    expect(found.has('roles/kantsler')).toBe(false);
  });
});

describe('groupMentions', () => {
  it('groups by chapter in reading order and keeps the rest of a long chapter apart', () => {
    const chapter = (id: string, words: string[]) => ({ collection: 'handbook' as const, id, blocks: proseBlocks(parseProse(words.join(' '), 'mdx')!, () => undefined) });
    const found = findMentions([chapter('a', ['Kantsler üks.', 'Kantsler kaks.', 'Kantsler kolm.']), chapter('b', ['Kantsler neli.'])], mentionNames(ENTRIES));
    const groups = groupMentions(found.get('roles/kantsler')!, 2);
    expect(groups.map((group) => [group.source.id, group.shown.map(shown), group.more.map(shown)])).toEqual([
      ['a', ['«Kantsler» üks.', '«Kantsler» kaks.'], ['«Kantsler» kolm.']],
      ['b', ['«Kantsler» neli.'], []],
    ]);
  });
});

describe('wordsOfName', () => {
  it('drops a remark in brackets but keeps letters bracketed inside a word', () => {
    expect(wordsOfName('Sotsiaalkindlustuspoliitika (sh ravikindlustuse katusvaade)')).toEqual(['Sotsiaalkindlustuspoliitika']);
    expect(wordsOfName('(Veebi)haldur')).toEqual(['Veebihaldur']);
    expect(wordsOfName('RaM-i ühisosakonna õigustalituse juht')).toEqual(['RaM', 'i', 'ühisosakonna', 'õigustalituse', 'juht']);
  });
});
