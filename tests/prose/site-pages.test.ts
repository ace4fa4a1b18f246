import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_KEYS } from '../../src/model/collections.ts';
import { FIXED_PAGES } from '../../src/site/site-pages.ts';
import { collectionUrl } from '../../src/site/urls.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'src', 'pages');

function* astroPages(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* astroPages(path);
    else if (entry.name.endsWith('.astro')) yield relative(PAGES, path);
  }
}

describe('FIXED_PAGES', () => {
  it('lists exactly the pages of src/pages/ without parameters (404 and collection indexes aside), so prose links to them are known', () => {
    const indexes = new Set(COLLECTION_KEYS.map(collectionUrl));
    const fixed = [...astroPages(PAGES)]
      .filter((path) => !path.includes('[') && path !== '404.astro')
      .map((path) => `/${path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
      .filter((url) => !indexes.has(url))
      .sort();
    expect([...FIXED_PAGES].sort()).toEqual(fixed);
  });
});
