import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { isBuildStep, type BuildStep } from '../../src/build/progress.ts';

export interface AstroBuildOptions {
  /** Where Astro writes the site. */
  outDir: string;
  /** What the child build reads: which content tree, which edition (see src/site/edition.ts). */
  env: Record<string, string>;
  /** Stream Astro's own output (every page it writes) instead of keeping it in the log. */
  verbose: boolean;
  /** The file that keeps Astro's page-by-page output when it is not streamed. */
  log: string;
  /** Called for each step the build reports (src/build/progress.ts). */
  onStep(step: BuildStep): void;
}

/**
 * Runs one `astro build` in a child process. Its errors and warnings (stderr) reach the reader
 * as they come; its page-by-page listing (stdout) goes to the log. Resolves with the exit code.
 */
export function runAstroBuild({ outDir, env, verbose, log, onStep }: AstroBuildOptions): Promise<number> {
  mkdirSync(dirname(log), { recursive: true });
  const logFd = verbose ? undefined : openSync(log, 'w');
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    stdio: ['ignore', logFd ?? 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  child.on('message', (message) => {
    if (isBuildStep(message)) onStep(message);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (logFd !== undefined) closeSync(logFd);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
