// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { vajsCheck } from './src/integrations/vajs-check.ts';
import { vajsSearch } from './src/integrations/vajs-search.ts';
import { remarkAbbreviations } from './src/markdown/remark-abbreviations.ts';
import { remarkEntryReferences } from './src/markdown/remark-entry-references.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({ remarkPlugins: [remarkGfm, remarkEntryReferences, remarkAbbreviations] }),
  },
  integrations: [vajsCheck(), mdx(), vajsSearch()],
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
