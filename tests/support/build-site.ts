import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { withBuildLock } from './build-lock.ts';

/** The day the test build judges reviews by: a built site must not change with the calendar. */
export const SITE_TODAY = '2026-06-01';

/** Builds the real handbook once into a temporary folder; site tests read its HTML. */
export default function setup(project: TestProject): () => void {
  const outDir = mkdtempSync(join(tmpdir(), 'vajs-site-'));
  withBuildLock(() =>
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', VAJS_TODAY: SITE_TODAY },
    }),
  );
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`The site build wrote no index.html to ${outDir}.`);
  project.provide('siteDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}
