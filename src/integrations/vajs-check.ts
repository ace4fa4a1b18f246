import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSiteLinks } from '../check/links/check-site-links.ts';
import { readBuiltSite } from '../check/links/read-built-site.ts';
import { checkHandbook } from '../check/check-handbook.ts';
import { formatProblems, summarizeProblems } from '../errors/format.ts';
import { currentDay } from '../health/days.ts';
import { reportStep } from '../build/progress.ts';

function stopBuild(report: string, reason: string): never {
  // A content mistake is not a crash: print the report and stop without a stack trace.
  console.error(`\n${report}\n\n${reason}`);
  process.exit(1);
}

/**
 * Runs the content checker before Astro loads anything, and the link checker on what it wrote.
 * Astro's own reference() only logs a missing target and builds anyway; this makes every broken
 * reference stop the build, with the same report `npm run check` prints.
 */
export function vajsCheck(): AstroIntegration {
  return {
    name: 'vajs-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const result = checkHandbook(process.cwd(), currentDay());
        const errors = result.problems.filter((problem) => problem.severity === 'error').length;
        reportStep({ step: 'checked', errors, warnings: result.problems.length - errors });
        if (result.ok) {
          // An overdue review is the one warning the publisher must see at build time, in full.
          const overdue = result.problems.filter((problem) => problem.code === 'OverdueReview');
          // stderr, which the build script shows, unlike Astro's page-by-page log on stdout.
          if (overdue.length > 0) console.warn(`\n${formatProblems(overdue)}`);
          logger.info(summarizeProblems(result.problems));
          return;
        }
        const report = formatProblems(result.problems, { warnings: 'count' });
        if (command === 'dev') {
          logger.error(`\n${report}`);
          return;
        }
        stopBuild(report, 'Ehitamine peatus, sest sisus on vigu.');
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = readBuiltSite(fileURLToPath(dir));
        const problems = checkSiteLinks(site.pages, site.files);
        if (problems.length === 0) {
          reportStep({ step: 'rendered', pages: site.pages.length });
          logger.info(`Every internal link of ${site.pages.length} pages resolves.`);
          return;
        }
        stopBuild(formatProblems(problems), 'Ehitamine ebaõnnestus, sest saidil on katkisi linke.');
      },
    },
  };
}
