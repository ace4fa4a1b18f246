import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPattern, type EntryFormat } from '../../src/model/collections.ts';

/** Astro's dev watcher: does a changed file belong to the collection? (astro/dist/content/loaders/glob.js) */
function watcherMatches(patterns: string[], file: string): boolean {
  const positive = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negation = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return picomatch.isMatch(file, positive, { ignore: negation.length > 0 ? negation : undefined });
}

const folder = mkdtempSync(join(tmpdir(), 'vajs-pattern-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('entryPattern', () => {
  it.each<EntryFormat>(['yaml', 'md', 'mdx'])('loads every %s entry but no draft, as Astro loads a build', async (format) => {
    const dir = join(folder, format);
    mkdirSync(dir);
    for (const name of [`p15.${format}`, `_mustand.${format}`, `p15.${format}.bak`]) writeFileSync(join(dir, name), '');
    expect(await glob(entryPattern(format), { cwd: dir, expandDirectories: false })).toEqual([`p15.${format}`]);
  });

  it('reloads an edited entry in the dev server, and ignores a new draft there too', () => {
    const patterns = entryPattern('yaml');
    expect(watcherMatches(patterns, 'p15.yaml')).toBe(true);
    expect(watcherMatches(patterns, '_mustand.yaml')).toBe(false);
    expect(watcherMatches(patterns, 'p15.md')).toBe(false);
  });
});
