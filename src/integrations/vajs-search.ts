import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportStep } from '../build/progress.ts';
import { indexSite } from '../search/index-site.ts';

/**
 * Indexes the built site for search as the last step of every build, so the index can never be
 * older than the pages. A failure fails the build (the astro-pagefind integration only logs).
 */
export function vajsSearch(): AstroIntegration {
  return {
    name: 'vajs-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages } = await indexSite(fileURLToPath(dir));
        reportStep({ step: 'indexed', pages });
        logger.info(`Indexed ${pages} pages for search.`);
      },
    },
  };
}
