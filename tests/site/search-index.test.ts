import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// What the build hands to Pagefind, read from the built pages and the index it wrote.
const siteDir = inject('siteDir');
const page = (path: string) => readFileSync(join(siteDir, path, 'index.html'), 'utf8');
const attributes = (html: string, name: string) => [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((match) => match[1]!);

describe('the search index of the built site', () => {
  it('is written by the build, with the Estonian stemmer', () => {
    const files = readdirSync(join(siteDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('wasm.et.pagefind');
  });

  it('files a process under its kind, its owner\'s organisation, its status and the version it belongs to', () => {
    expect(attributes(page('protsessid/p15'), 'data-pagefind-filter')).toEqual(['tüüp:Protsess', 'asutus:SoM', 'staatus:kinnitatud', 'versioon:3']);
  });

  it('gives an entry the case forms of its name and the synonyms of what it writes', () => {
    const meta = attributes(page('ametikohad/kvaliteedijuht'), 'data-pagefind-meta');
    expect(meta).toContainEqual(expect.stringMatching(/^vormid:.*\bkvaliteedijuhile\b/));
    const chapter = attributes(page('kasiraamat/2-valitsemisala-toimimine'), 'data-pagefind-meta');
    expect(chapter.find((value) => value.startsWith('seotud:'))).toContain('TERE');
  });

  it('indexes a list page by its heading and lead only, not by the entries it lists', () => {
    const html = page('tugiteenused');
    const body = /<div data-pagefind-body>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(body).toContain('<h1>Tugiteenused</h1>');
    expect(body).not.toContain('Strateegiline planeerimine');
    expect(attributes(html, 'data-pagefind-meta')).toContainEqual(expect.stringMatching(/^vormid:.*\btugiteenuste\b/));
  });

  it('leaves pages that are not content out of the index', () => {
    expect(page('otsing')).not.toContain('data-pagefind-body');
    expect(existsSync(join(siteDir, '404.html')) && readFileSync(join(siteDir, '404.html'), 'utf8').includes('data-pagefind-body')).toBe(false);
  });
});
