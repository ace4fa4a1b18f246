import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishSite } from '../build/finish-site.ts';
import { reportStep } from '../build/progress.ts';
import type { SiteOptions } from '../build/site-options.ts';
import { removeAtExit, snapshotOf, writeSnapshot } from '../build/snapshot.ts';
import { formatProblems, summarizeProblems } from '../errors/format.ts';
import { optionsModule } from './options-module.ts';

function stopBuild(report: string, reason: string): never {
  // A content mistake is not a crash: print the report and stop without a stack trace.
  console.error(`\n${report}\n\n${reason}`);
  process.exit(1);
}

/**
 * In the dev server, every edit under the content root is checked again (at most one check at a
 * time, the last edit of a burst counted) and the snapshot rewritten: the quality manager's pages
 * read it afresh (src/data/site.ts), as the collections re-read the edited file themselves.
 */
function recheckOnEdit(watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown }, file: string, options: SiteOptions, logger: { info(message: string): void; error(message: string): void }): void {
  const root = resolve(options.contentRoot) + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  // A check that fails keeps the last snapshot and says why; the server goes on, and so do the next edits' checks.
  const recheck = async () => {
    try {
      const { checkHandbook } = await import('../build/check-handbook.ts');
      const result = await checkHandbook(options);
      writeSnapshot(file, snapshotOf(options.contentRoot, result.content, result.displayRoot, options.today));
      logger.info(`Sisu kontrollitud uuesti: ${summarizeProblems(result.problems)}`);
    } catch (error) {
      logger.error(`Sisu uuesti kontrollimine ebaõnnestus: ${(error as Error).message}`);
    }
  };
  watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(root)) return;
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(recheck)), 100);
  });
}

/**
 * The handbook's integration. Before Astro loads anything, the content is checked — by the
 * caller (scripts/build.ts hands over its checked snapshot) or here, for `astro dev` and a plain
 * `astro build` — and every broken reference stops the build (Astro's own reference() only logs
 * one). The pages read the options and the snapshot through virtual:vajs/options. After the
 * pages are written, their links are checked (unless the caller checks the assembled site) and
 * the site is indexed for search, so the index is never older than the pages.
 */
export function vajs(options: SiteOptions, onSnapshot: (file: string) => void = () => undefined): AstroIntegration {
  let site = options;
  return {
    name: 'vajs',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig, addDevToolbarApp }) => {
        updateConfig({ vite: { plugins: [optionsModule(() => site)] } });
        // The dev toolbar's code, and the checker it runs, are for `astro dev` only.
        if (command === 'dev') (await import('./vajs-dev-problems.ts')).addDevProblemsApp(addDevToolbarApp);
        if (options.snapshotFile || (command !== 'build' && command !== 'dev')) return;
        // Loaded only here: a build given its caller's snapshot never loads the checker.
        const { checkHandbook } = await import('../build/check-handbook.ts');
        const result = await checkHandbook(options);
        const errors = result.problems.filter((problem) => problem.severity === 'error').length;
        reportStep({ step: 'checked', errors, warnings: result.problems.length - errors });
        if (!result.ok) {
          const report = formatProblems(result.problems, { warnings: 'count' });
          if (command !== 'dev') stopBuild(report, 'Ehitamine peatus, sest sisus on vigu.');
          logger.error(`\n${report}`);
        } else {
          // An overdue review is the one warning the publisher must see at build time, in full.
          const overdue = result.problems.filter((problem) => problem.code === 'OverdueReview');
          // stderr, which the build script shows, unlike Astro's page-by-page log on stdout.
          if (overdue.length > 0) console.warn(`\n${formatProblems(overdue)}`);
          logger.info(summarizeProblems(result.problems));
        }
        const file = join(options.projectRoot, 'node_modules', '.cache', 'vajs', `snapshot-${process.pid}.json`);
        writeSnapshot(file, snapshotOf(options.contentRoot, result.content, result.displayRoot, options.today));
        removeAtExit(file);
        site = { ...options, snapshotFile: file };
        onSnapshot(file);
      },
      'astro:server:setup': async ({ server, toolbar, logger }) => {
        (await import('./vajs-dev-problems.ts')).serveDevProblems(toolbar, options);
        if (site.snapshotFile && !options.snapshotFile) recheckOnEdit(server.watcher, site.snapshotFile, options, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const checkLinks = !options.linksCheckedByCaller;
        const site = await finishSite(fileURLToPath(dir), { checkLinks, onRead: (pages) => reportStep({ step: 'rendered', pages, checkingLinks: checkLinks }) });
        if (site.problems.length > 0) stopBuild(formatProblems(site.problems), 'Ehitamine peatus, sest saidil on katkisi linke.');
        reportStep({ step: 'indexed', pages: site.indexed, linksChecked: checkLinks });
        logger.info(`Otsinguindeksis ${site.indexed} lehekülge ${site.pages}-st${checkLinks ? '; kõik lingid toimivad' : ''}.`);
      },
    },
  };
}
