import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { finishSite } from '../build/finish-site.ts';
import { reportStep } from '../build/progress.ts';
import type { SiteOptions } from '../build/site-options.ts';
import { removeAtExit, writeSnapshot } from '../build/snapshot.ts';
import type { CheckResult } from '../check/check-content.ts';
import type { LatestCheck } from './vajs-dev-problems.ts';
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
 * read it afresh (src/data/site.ts), as the collections re-read the edited file themselves. The
 * returned function gives the last check, or, after an edit, the check of it once it has run, so
 * the dev toolbar answers from it instead of reading the content again.
 */
export function recheckOnEdit(watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown }, file: string, options: SiteOptions, logger: { info(message: string): void; error(message: string): void }, first: CheckResult): LatestCheck {
  const root = resolve(options.contentRoot) + sep;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let last = first;
  let latest: Promise<CheckResult> = Promise.resolve(first);
  // Settled by the next check to start, so an edit made while one runs waits for the one after.
  let settle: ((result: CheckResult) => void) | undefined;
  // A check that fails keeps the last snapshot and says why; the server goes on, and so do the next edits' checks.
  const recheck = async () => {
    const settleThis = settle;
    settle = undefined;
    try {
      const [{ checkHandbook }, { snapshotOf }] = await Promise.all([import('../build/check-handbook.ts'), import('../build/make-snapshot.ts')]);
      const result = await checkHandbook(options);
      writeSnapshot(file, snapshotOf(options.contentRoot, result.content, result.displayRoot, options.today));
      last = result.content;
      logger.info(`Sisu kontrollitud uuesti: ${summarizeProblems(result.problems)}`);
    } catch (error) {
      logger.error(`Sisu uuesti kontrollimine ebaõnnestus: ${(error as Error).message}`);
    }
    settleThis?.(last);
  };
  watcher.on('all', (_event, path) => {
    if (!resolve(path).startsWith(root)) return;
    if (!settle) latest = new Promise((resolve) => (settle = resolve));
    clearTimeout(timer);
    timer = setTimeout(() => (running = running.then(recheck)), 100);
  });
  return () => latest;
}

/** How the integration's caller follows the snapshot of the content (src/build/snapshot.ts). */
export interface VajsHooks {
  /** Told the file of the snapshot the integration writes itself, when no caller handed one. */
  onSnapshot?: (file: string) => void;
  /** Settles when the caller has written the snapshot its options name (see optionsModule). */
  snapshotWritten?: (() => Promise<void>) | undefined;
}

/**
 * The handbook's integration. Before Astro loads anything, the content is checked — by the
 * caller (scripts/build.ts hands over its checked snapshot) or here, for `astro dev` and a plain
 * `astro build` — and every broken reference stops the build (Astro's own reference() only logs
 * one). The pages read the options and the snapshot through virtual:vajs/options. After the
 * pages are written, their links are checked (unless the caller checks the assembled site) and
 * the site is indexed for search, so the index is never older than the pages.
 */
export function vajs(options: SiteOptions, { onSnapshot = () => undefined, snapshotWritten }: VajsHooks = {}): AstroIntegration {
  let site = options;
  // The dev server's own check of the content, when it made one (no caller handed a snapshot).
  let firstCheck: CheckResult | undefined;
  return {
    name: 'vajs',
    hooks: {
      'astro:config:setup': async ({ command, logger, updateConfig, addDevToolbarApp }) => {
        updateConfig({ vite: { plugins: [optionsModule(() => site, snapshotWritten)] } });
        // The dev toolbar's code, and the checker it runs, are for `astro dev` only.
        if (command === 'dev') (await import('./vajs-dev-problems.ts')).addDevProblemsApp(addDevToolbarApp);
        if (options.snapshotFile || (command !== 'build' && command !== 'dev')) return;
        // Loaded only here: a build given its caller's snapshot never loads the checker.
        const [{ checkHandbook }, { snapshotOf }] = await Promise.all([import('../build/check-handbook.ts'), import('../build/make-snapshot.ts')]);
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
        firstCheck = result.content;
        site = { ...options, snapshotFile: file };
        onSnapshot(file);
      },
      'astro:server:setup': async ({ server, toolbar, logger }) => {
        const latest = site.snapshotFile && firstCheck ? recheckOnEdit(server.watcher, site.snapshotFile, options, logger, firstCheck) : undefined;
        (await import('./vajs-dev-problems.ts')).serveDevProblems(toolbar, options, latest);
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
