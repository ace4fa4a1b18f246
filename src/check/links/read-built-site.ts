import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from './check-site-links.ts';

/** Reads the built site: every HTML page by its URL, and every other file's URL path. */
export function readBuiltSite(dir: string): { pages: BuiltPage[]; files: Set<string> } {
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      const url = `/${relative(dir, path).split(sep).join('/')}`;
      if (entry.name.endsWith('.html')) {
        pages.push({ url: url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url, html: readFileSync(path, 'utf8') });
      } else {
        files.add(url);
      }
    }
  };
  walk(dir);
  return { pages, files };
}
