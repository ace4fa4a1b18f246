import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './check-site-links.ts';

/**
 * Reads the built site: every HTML page by its URL, and every other file's URL path. The pages
 * come in the order of their files' paths, whatever order the file system lists them in, so the
 * search index made from them and the problems found in them are the same on every machine.
 */
export function readBuiltSite(dir: string): { pages: BuiltPage[]; files: Set<string> } {
  const paths = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  for (const path of paths) {
    const url = `/${path}`;
    if (path.endsWith('.html')) pages.push({ url: url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url, html: readFileSync(join(dir, path), 'utf8') });
    else files.add(url);
  }
  return { pages, files };
}
