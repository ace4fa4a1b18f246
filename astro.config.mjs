// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { resolveContentRoot } from './src/content-root.ts';
import { vajsCheck } from './src/integrations/vajs-check.ts';
import { vajsDevProblems } from './src/integrations/vajs-dev-problems.ts';
import { vajsSearch } from './src/integrations/vajs-search.ts';
import { remarkAbbreviations } from './src/markdown/remark-abbreviations.ts';
import { rehypeSanitizeProse } from './src/markdown/rehype-sanitize-prose.ts';
import { remarkEntryReferences } from './src/markdown/remark-entry-references.ts';
import { remarkRefuseMdxCode } from './src/markdown/remark-refuse-mdx-code.ts';

// Astro keeps the entries it loaded in its cache; a build of another content root (a published
// version, a fixture) must not find the entries of the last one there, so each root has its own.
const contentKey = createHash('sha256').update(resolveContentRoot(process.cwd())).digest('hex').slice(0, 12);

export default defineConfig({
  cacheDir: `./node_modules/.astro/${contentKey}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The dev toolbar shows the content problems of the page being edited (vajs-dev-problems).
  devToolbar: { enabled: true },
  markdown: {
    // MDX inherits this processor. Prose renders only through the sanitizer the checker judges by,
    // and a chapter with code in it stops compiling even if the checker were bypassed.
    processor: unified({
      remarkPlugins: [remarkGfm, remarkRefuseMdxCode, remarkEntryReferences, remarkAbbreviations],
      rehypePlugins: [rehypeSanitizeProse],
    }),
  },
  integrations: [vajsCheck(), mdx(), vajsSearch(), vajsDevProblems()],
  vite: {
    build: {
      // Never inline scripts or assets into the HTML: the site runs under a Content-Security-Policy
      // without 'unsafe-inline' (see deploy/nginx.conf).
      assetsInlineLimit: 0,
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler
        // reports as dropped on every chapter; Astro handles it, so the warning is noise.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
