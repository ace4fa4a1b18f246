import type { AstroIntegration } from 'astro';
import { checkContent } from '../check/check-content.ts';
import { displayContentRoot, resolveContentRoot } from '../content-root.ts';
import { formatProblems, summarizeProblems } from '../errors/format.ts';

/**
 * Runs the content checker before Astro loads anything. Astro's own reference() only logs a
 * missing target and builds anyway; this makes every broken reference stop the build, with the
 * same report `npm run check` prints.
 */
export function vajsCheck(): AstroIntegration {
  return {
    name: 'vajs-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = resolveContentRoot(process.cwd());
        const result = checkContent(root, displayContentRoot(root));
        if (result.ok) {
          logger.info(summarizeProblems(result.problems));
          return;
        }
        const report = formatProblems(result.problems, { warnings: 'count' });
        if (command === 'dev') {
          logger.error(`\n${report}`);
          return;
        }
        // A content mistake is not a crash: print the report and stop without a stack trace.
        console.error(`\n${report}\n\nThe build stopped because the content has errors.`);
        process.exit(1);
      },
    },
  };
}
