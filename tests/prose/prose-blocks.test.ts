import { describe, expect, it } from 'vitest';
import { parseProse } from '../../src/prose/parse-prose.ts';
import { proseBlocks, sectionOfComponent } from '../../src/prose/prose-blocks.ts';

const titles: Record<string, string> = { 'positions/kvaliteedijuht': 'Kvaliteedijuht', 'processes/p15': 'P15 Poliitikajuhtimise protsess' };
const titleOf = (collection: string, id: string) => titles[`${collection}/${id}`];

describe('proseBlocks', () => {
  it('reads paragraphs and list items under their nearest heading, with the id Astro gives the heading', () => {
    const tree = parseProse('Sissejuhatus.\n\n## 1.4. Rollid ja vastutus\n\nEsimene.\n\n### 1.4.1. Juhtimistasandid ja -organid\n\n- Punkt üks;\n- Punkt kaks.\n', 'mdx')!;
    expect(proseBlocks(tree, titleOf).map((block) => [block.text, block.heading?.slug])).toEqual([
      ['Sissejuhatus.', undefined],
      ['Esimene.', '14-rollid-ja-vastutus'],
      ['Punkt üks;', '141-juhtimistasandid-ja--organid'],
      ['Punkt kaks.', '141-juhtimistasandid-ja--organid'],
    ]);
  });

  it('gives a repeated heading the next id, as github-slugger does', () => {
    const tree = parseProse('## Teekond\n\nÜks.\n\n## Teekond\n\nKaks.\n', 'md')!;
    expect(proseBlocks(tree, titleOf).map((block) => block.heading?.slug)).toEqual(['teekond', 'teekond-1']);
  });

  it('shows an empty ref: link as the entry name and records where it stands', () => {
    const tree = parseProse('Vastutab [](ref:positions/kvaliteedijuht) ning [tema](ref:processes/p15), vt [leht](/rollid/).\n', 'mdx')!;
    const [block] = proseBlocks(tree, titleOf);
    expect(block!.text).toBe('Vastutab Kvaliteedijuht ning tema, vt leht.');
    expect(block!.references.map((span) => [block!.text.slice(span.start, span.end), `${span.collection}/${span.id}`])).toEqual([
      ['Kvaliteedijuht', 'positions/kvaliteedijuht'],
      ['tema', 'processes/p15'],
    ]);
  });

  it('resolves reference-style links through their definition', () => {
    const tree = parseProse('Omanik on [juht][k].\n\n[k]: ref:positions/kvaliteedijuht\n', 'md')!;
    const [block] = proseBlocks(tree, titleOf);
    expect(block!.references).toEqual([{ start: 10, end: 14, collection: 'positions', id: 'kvaliteedijuht' }]);
  });

  it('leaves out components, code and raw HTML, which are no sentences of the chapter', () => {
    const tree = parseProse('Enne.\n\n<Scorecard />\n\n```\nkood\n```\n\nPärast.\n', 'mdx')!;
    expect(proseBlocks(tree, titleOf).map((block) => block.text)).toEqual(['Enne.', 'Pärast.']);
  });
});

describe('sectionOfComponent', () => {
  it('returns the heading and the paragraphs of the section a component stands in', () => {
    const tree = parseProse('## 1.5. Põhimõtted\n\nMuu.\n\n## 1.6. Tulemuslikkuse seiramine\n\nEsimene.\n\nTeine.\n\n<Scorecard />\n', 'mdx')!;
    const section = sectionOfComponent(tree, 'Scorecard', titleOf);
    expect(section?.heading).toEqual({ text: '1.6. Tulemuslikkuse seiramine', slug: '16-tulemuslikkuse-seiramine' });
    expect(section?.blocks.map((block) => block.text)).toEqual(['Esimene.', 'Teine.']);
  });

  it('is undefined when the body does not use the component', () => {
    expect(sectionOfComponent(parseProse('Tekst.\n', 'mdx')!, 'Scorecard', titleOf)).toBeUndefined();
  });
});

describe('proseBlocks typography', () => {
  it('sets quotes, dashes and ellipses as the rendered page does, and leaves the parsed tree as it was', () => {
    const tree = parseProse('## "Teekond"\n\nMe juhime "silode" järgi -- nii... edasi.\n', 'md')!;
    const [block] = proseBlocks(tree, titleOf);
    expect(block!.text).toBe('Me juhime “silode” järgi — nii… edasi.');
    expect(block!.heading).toEqual({ text: '“Teekond”', slug: 'teekond' });
    expect(parseProse('## "Teekond"\n\nMe juhime "silode" järgi -- nii... edasi.\n', 'md')).toBe(tree);
    expect(JSON.stringify(tree)).toContain('\\"silode\\"');
  });
});
