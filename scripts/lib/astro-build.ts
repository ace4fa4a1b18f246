import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isBuildStep, type BuildStep } from '../../src/build/progress.ts';
import type { SiteOptions } from '../../src/build/site-options.ts';

export interface AstroBuildOptions {
  /** Where Astro writes the site. */
  outDir: string;
  /** What the build renders: which content tree, which edition, its checked snapshot. */
  site: SiteOptions;
  /** Stream Astro's own output (every page it writes) instead of keeping it in the log. */
  verbose: boolean;
  /** The file that keeps Astro's page-by-page output when it is not streamed. */
  log: string;
  /** Called for each step the build reports (src/build/progress.ts). */
  onStep(step: BuildStep): void;
}

/** The environment of the child: the handbook's own variables are not passed, its options are. */
function childEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('VAJS_')) env[name] = value;
  return env;
}

/**
 * Runs one Astro build in a child process (scripts/lib/astro-child.ts), its options in a JSON
 * file. Its errors and warnings (stderr) reach the reader as they come; its page-by-page listing
 * (stdout) goes to the log. Resolves with the exit code.
 */
export function runAstroBuild({ outDir, site, verbose, log, onStep }: AstroBuildOptions): Promise<number> {
  mkdirSync(dirname(log), { recursive: true });
  const optionsFile = join(dirname(log), `build-options-${process.pid}.json`);
  writeFileSync(optionsFile, JSON.stringify({ site, outDir }));
  const logFd = verbose ? undefined : openSync(log, 'w');
  const child = spawn(process.execPath, [join(site.projectRoot, 'scripts', 'lib', 'astro-child.ts'), optionsFile], {
    cwd: site.projectRoot,
    stdio: ['ignore', logFd ?? 'inherit', 'inherit', 'ipc'],
    env: childEnvironment(),
  });
  child.on('message', (message) => {
    if (isBuildStep(message)) onStep(message);
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      if (logFd !== undefined) closeSync(logFd);
      rmSync(optionsFile, { force: true });
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}
