import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCycles, folderCycles, folderGraph, importLinks, ROOT_FOLDER, specifiersOfAstro, specifiersOfScript } from '../support/folder-imports.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const SRC = join(PROJECT, 'src');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'cycle');

/** The folders of src/ in the order the README's layout lists them, lowest layer first. */
function documentedLayers(): string[] {
  const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
  const layout = readme.slice(readme.indexOf('## Layout'));
  const block = layout.slice(layout.indexOf('```'), layout.indexOf('```', layout.indexOf('```') + 3));
  const layers: string[] = [];
  for (const line of block.split('\n')) {
    const path = /^src\/(\S+)/.exec(line)?.[1];
    if (!path) continue;
    const folder = path.includes('/') ? path.slice(0, path.indexOf('/')) : ROOT_FOLDER;
    if (!layers.includes(folder)) layers.push(folder);
  }
  return layers;
}

describe('the folders of src/', () => {
  const links = importLinks(SRC);
  const graph = folderGraph(links);

  it('import one another without a cycle', () => {
    expect(describeCycles(graph, folderCycles(graph))).toBe('');
  });

  it('import only from the folders the README lists below them', () => {
    const layers = documentedLayers();
    const upward = [...graph].flatMap(([from, edges]) =>
      [...edges].filter(([to]) => layers.indexOf(to) >= layers.indexOf(from)).map(([to, files]) => `${from} -> ${to}: ${files.join(', ')}`),
    );
    expect(upward).toEqual([]);
  });

  it('are each listed in the README', () => {
    const folders = [ROOT_FOLDER, ...readdirSync(SRC, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)];
    expect(folders.filter((folder) => !documentedLayers().includes(folder))).toEqual([]);
  });

  it('import nothing from outside src/ (neither scripts/ nor tests/)', () => {
    expect(links.filter(({ to }) => to.startsWith('../'))).toEqual([]);
  });
});

describe('scripts/', () => {
  it('imports nothing from tests/', () => {
    expect(importLinks(join(PROJECT, 'scripts')).filter(({ to }) => to.startsWith('../tests/'))).toEqual([]);
  });
});

describe('the folder import graph', () => {
  it('names each cycle, the folders caught in it, and the files behind every edge', () => {
    const fixture = folderGraph(importLinks(FIXTURE));
    expect(describeCycles(fixture, folderCycles(fixture))).toBe(
      [
        'Import cycle between folders: a -> b -> c -> a (a, b, c, d all reach one another)',
        '  a -> b:',
        '    a/one.ts -> b/two.ts',
        '  b -> c:',
        '    b/two.ts -> c/three.ts',
        '  c -> a:',
        '    c/Three.astro -> a/one.ts',
        '    c/three.ts -> a/one.ts',
        '',
        'Import cycle between folders: e -> f -> e',
        '  e -> f:',
        '    e/five.ts -> f/six.ts',
        '  f -> e:',
        '    f/six.ts -> e/five.ts',
      ].join('\n'),
    );
  });

  it('counts a file directly in the root as the folder "(root)", and leaves imports within a folder out', () => {
    const fixture = folderGraph(importLinks(FIXTURE));
    expect([...fixture.get(ROOT_FOLDER)!.keys()]).toEqual(['d']);
    expect(fixture.get('c')!.has('c')).toBe(false);
  });

  it('reads every way a TypeScript file names another: imports, import type, re-exports, import(), import types, require and new URL', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export * from './c.ts';",
      "export { d } from './d.ts';",
      "const e = await import('./e.ts');",
      "type F = import('./f.ts').F;",
      "const g = require('./g.cjs');",
      "const h = new URL('./h.ts', import.meta.url);",
      "const notAFile = new URL('./i.ts', 'https://example.org/');",
      "const text = './j.ts';",
    ].join('\n');
    expect(specifiersOfScript(text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts', './f.ts', './g.cjs', './h.ts']);
  });

  it('reads an Astro component’s frontmatter and its <script> elements, not its markup', () => {
    const component = [
      '---',
      "import Card from './Card.astro';",
      '---',
      '<p>import nothing from "./k.ts"</p>',
      '<script src="./l.ts"></script>',
      '<script>',
      "  import { m } from './m.ts';",
      '</script>',
    ].join('\n');
    expect(specifiersOfAstro(component)).toEqual(['./Card.astro', './l.ts', './m.ts']);
  });
});
