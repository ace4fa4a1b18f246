import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCollection, type LoaderTools, watchedEntryName } from '../../src/loading/handbook-loader.ts';

// Astro's content layer, reduced to what the loader touches: a store, an identity schema, a
// Markdown renderer that shows what it was given, and in the dev server a file watcher.
function fakeAstro({ dev }: { dev: boolean }) {
  const entries = new Map<string, Parameters<LoaderTools['store']['set']>[0]>();
  const moduleImports: string[] = [];
  const watcher = new EventEmitter();
  const watched: string[] = [];
  const errors: string[] = [];
  const tools: LoaderTools = {
    store: {
      get: (id) => entries.get(id),
      set: (entry) => (entries.set(entry.id, entry), true),
      delete: (id) => void entries.delete(id),
      keys: () => [...entries.keys()],
      addModuleImport: (file) => void moduleImports.push(file),
    },
    parseData: async ({ data }) => data,
    renderMarkdown: async (content) => ({ html: `<rendered>${content}</rendered>` }),
    generateDigest: (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    logger: { info: () => undefined, error: (message) => void errors.push(message) },
    watcher: dev ? { add: (path) => watched.push(path), on: (event, listener) => watcher.on(event, listener) } : undefined,
  };
  // The watcher's listeners are async; let them finish before looking at the store.
  const emit = async (event: 'add' | 'change' | 'unlink', path: string) => {
    await Promise.all(watcher.listeners(event).map((listener) => listener(path)));
  };
  return { tools, entries, moduleImports, watched, errors, emit };
}

const projectRoot = mkdtempSync(join(tmpdir(), 'vajs-loader-'));
const root = join(projectRoot, 'content');
afterAll(() => rmSync(projectRoot, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('the handbook loader', () => {
  write('processes/p15.yaml', 'name: Protsess\nsource: 2026-01-15\n');
  write('processes/_mustand.yaml', 'name: Mustand\n');
  write('processes/p15.yaml.bak', 'name: Vana\n');
  write('processes/vana/p16.yaml', 'name: Alamkaustas\n');
  write('pages/taust.md', '---\ntitle: Taust\n---\n\n## Pealkiri\n');
  write('handbook/sissejuhatus.mdx', '---\ntitle: Sissejuhatus\n---\n\nTekst.\n');

  it('loads every entry but no draft, backup or file in a subfolder, with the data the checker reads', async () => {
    const astro = fakeAstro({ dev: false });
    await loadCollection({ collection: 'processes', root, projectRoot }, astro.tools);
    expect([...astro.entries.keys()]).toEqual(['p15']);
    expect(astro.entries.get('p15')).toMatchObject({ data: { name: 'Protsess', source: '2026-01-15' }, filePath: 'content/processes/p15.yaml' });
  });

  it('renders Markdown now and leaves MDX to its module, as glob() does', async () => {
    const pages = fakeAstro({ dev: false });
    await loadCollection({ collection: 'pages', root, projectRoot }, pages.tools);
    expect(pages.entries.get('taust')).toMatchObject({ body: '## Pealkiri', filePath: 'content/pages/taust.md', rendered: { html: '<rendered>---\n---\n## Pealkiri</rendered>' } });
    const handbook = fakeAstro({ dev: false });
    await loadCollection({ collection: 'handbook', root, projectRoot }, handbook.tools);
    expect(handbook.entries.get('sissejuhatus')).toMatchObject({ deferredRender: true, filePath: 'content/handbook/sissejuhatus.mdx', body: 'Tekst.' });
  });

  it('in the dev server reloads an edited entry and forgets a deleted one, but never loads a new draft', async () => {
    const astro = fakeAstro({ dev: true });
    await loadCollection({ collection: 'processes', root, projectRoot }, astro.tools);
    expect(astro.watched).toEqual([join(root, 'processes')]);

    await astro.emit('change', write('processes/p15.yaml', 'name: Muudetud protsess\n'));
    expect(astro.entries.get('p15')?.data).toEqual({ name: 'Muudetud protsess' });

    await astro.emit('add', write('processes/_draft.yaml', 'name: Uus mustand\n'));
    await astro.emit('add', write('processes/vana/p17.yaml', 'name: Alamkaustas\n'));
    await astro.emit('add', write('units/p18.yaml', 'name: Teises kogumikus\n'));
    expect([...astro.entries.keys()]).toEqual(['p15']);

    await astro.emit('add', write('processes/p19.yaml', 'name: Uus\n'));
    expect([...astro.entries.keys()]).toEqual(['p15', 'p19']);

    await astro.emit('unlink', join(root, 'processes', 'p19.yaml'));
    expect([...astro.entries.keys()]).toEqual(['p15']);
  });

  it('in the dev server reports a broken edit as the checker does, and keeps the last good entry', async () => {
    const astro = fakeAstro({ dev: true });
    await loadCollection({ collection: 'processes', root, projectRoot }, astro.tools);
    await astro.emit('change', write('processes/p15.yaml', 'name: &a Protsess\nsource: *a\n'));
    expect(astro.entries.get('p15')?.data).toEqual({ name: 'Muudetud protsess' });
    expect(astro.errors.join('\n')).toContain('[UnsupportedYaml] Rida kasutab YAML-i ankrut „&a“');
    write('processes/p15.yaml', 'name: Protsess\n');
  });

  it('watches only entry names of its own folder', () => {
    const source = { collection: 'processes' as const, root, projectRoot };
    expect(watchedEntryName(source, join(root, 'processes', 'p15.yaml'))).toBe('p15.yaml');
    expect(watchedEntryName(source, join(root, 'processes', '_p15.yaml'))).toBeUndefined();
    expect(watchedEntryName(source, join(root, 'processes', '.p15.yaml.swp'))).toBeUndefined();
    expect(watchedEntryName(source, join(root, 'processes', 'p15.md'))).toBeUndefined();
    expect(watchedEntryName(source, join(root, 'units', 'p15.yaml'))).toBeUndefined();
  });
});
