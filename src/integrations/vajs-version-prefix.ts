import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentEdition } from '../site/edition.ts';
import { prefixUrls } from '../versioning/prefix-urls.ts';

/**
 * Puts a superseded version's build under its URL prefix, after the link check and the search
 * index have run on it as on any site (so it must come last among the integrations).
 */
export function vajsVersionPrefix(): AstroIntegration {
  return {
    name: 'vajs-version-prefix',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { base } = currentEdition();
        if (base === '/') return;
        const root = fileURLToPath(dir);
        let files = 0;
        for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile() || !/\.(?:html|css)$/.test(entry.name)) continue;
          const path = join(entry.parentPath, entry.name);
          writeFileSync(path, prefixUrls(readFileSync(path, 'utf8'), base));
          files += 1;
        }
        logger.info(`Moved ${files} pages and stylesheets under ${base}.`);
      },
    },
  };
}
