import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { withBuildLock } from './build-lock.ts';

/** The day the test build judges reviews by: a built site must not change with the calendar. */
export const SITE_TODAY = '2026-06-01';

/** The published version the site tests read: frozen, so an edit of content/ never moves them. */
export const PUBLISHED_CONTENT = 'versions/3/content';

/**
 * Builds the published handbook once, as `npm run build` does, into a temporary folder; the
 * site and browser tests read its HTML. Its own render cache, so no earlier build is reused.
 */
export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'vajs-site-'));
  const outDir = join(work, 'site');
  withBuildLock(() =>
    execFileSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, VAJS_TODAY: SITE_TODAY, VAJS_BUILD_CACHE: join(work, 'cache'), VAJS_CONTENT_DIR: '', VAJS_VERSIONS_DIR: '' },
    }),
  );
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`The site build wrote no index.html to ${outDir}.`);
  project.provide('siteDir', outDir);
  return () => rmSync(work, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
