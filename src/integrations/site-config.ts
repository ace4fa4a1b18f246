import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import remarkGfm from 'remark-gfm';
import type { SiteOptions } from '../build/site-options.ts';
import { type HandbookSnapshot, readSnapshot } from '../build/snapshot.ts';
import { readContentTree } from '../loading/read-content.ts';
import { type ContentIndex, contentIndexOf } from '../markdown/content-index.ts';
import { rehypeSanitizeProse } from '../markdown/rehype-sanitize-prose.ts';
import { remarkAbbreviations } from '../markdown/remark-abbreviations.ts';
import { remarkEntryReferences } from '../markdown/remark-entry-references.ts';
import { remarkRefuseMdxCode } from '../markdown/remark-refuse-mdx-code.ts';
import { vajs, type VajsHooks } from './vajs.ts';

// Astro renders one page at a time by default and waits for each file to be written; with
// several in hand, one is rendered while others are written. The pages keep no state of their
// own between renders, and the site is byte for byte the same (measured in BENCHMARKS.md, as is
// 32 against 8: 7 % less wall time on two cores).
const RENDER_CONCURRENCY = 32;

/**
 * The index the Markdown plugins name entries from: the build's snapshot, read when the first
 * prose renders, and again when the dev server has rewritten it after an edit of the content
 * (a chapter edited to link a new entry finds it). Without a snapshot, the content tree.
 */
export function contentIndexReader(snapshotFile: () => string | undefined, contentRoot: string): () => ContentIndex {
  let index: { of: HandbookSnapshot | string; value: ContentIndex } | undefined;
  return () => {
    const file = snapshotFile();
    // readSnapshot gives the same snapshot until the file is rewritten.
    const of = file ? readSnapshot(file) : contentRoot;
    if (index?.of !== of) index = { of, value: contentIndexOf(typeof of === 'string' ? readContentTree(contentRoot).entries : of.entries) };
    return index.value;
  };
}

/**
 * The whole Astro configuration of one build of the handbook, from its options: astro.config.mjs
 * uses it for `astro dev` and a plain `astro build`, scripts/lib/astro-child.ts for the builds of
 * scripts/build.ts (with Astro's programmatic build()).
 */
export function siteConfig(options: SiteOptions, { snapshotWritten }: Pick<VajsHooks, 'snapshotWritten'> = {}): AstroUserConfig {
  let snapshotFile = options.snapshotFile;
  const contentIndex = contentIndexReader(() => snapshotFile, options.contentRoot);
  // Astro keeps the entries it loaded in its cache; a build of another content root (a published
  // version, a fixture) must not find the entries of the last one there, so each root has its own.
  const contentKey = createHash('sha256').update(options.contentRoot).digest('hex').slice(0, 12);
  return {
    root: options.projectRoot,
    cacheDir: `./node_modules/.astro/${contentKey}`,
    trailingSlash: 'always',
    build: { format: 'directory', inlineStylesheets: 'never', concurrency: RENDER_CONCURRENCY },
    // The dev toolbar shows the content problems of the page being edited (vajs-dev-problems).
    devToolbar: { enabled: true },
    markdown: {
      // The checker refuses code in prose, so there is nothing to highlight: Shiki is not loaded.
      syntaxHighlight: false,
      // MDX inherits this processor. Prose renders only through the sanitizer the checker judges by,
      // and a chapter with code in it stops compiling even if the checker were bypassed.
      processor: unified({
        remarkPlugins: [remarkGfm, remarkRefuseMdxCode, [remarkEntryReferences, { index: contentIndex }], [remarkAbbreviations, { index: contentIndex }]],
        rehypePlugins: [rehypeSanitizeProse],
      }),
    },
    integrations: [vajs(options, { onSnapshot: (file) => (snapshotFile = file), snapshotWritten }), mdx()],
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
  };
}
