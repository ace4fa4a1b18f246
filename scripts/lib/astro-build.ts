import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isBuildStep, type BuildStep } from '../../src/build/progress.ts';
import type { SiteOptions } from '../../src/build/site-options.ts';

export interface AstroBuildOptions {
  /** The project whose Astro builds the site. */
  projectRoot: string;
  /** Stream Astro's own output (every page it writes) instead of keeping it in the log. */
  verbose: boolean;
  /** The file that keeps Astro's page-by-page output when it is not streamed. */
  log: string;
  /** Called for each step the build reports (src/build/progress.ts). */
  onStep(step: BuildStep): void;
}

/** What scripts/lib/astro-child.ts is told over the IPC channel. */
export type ChildMessage = { kind: 'build'; outDir: string; site: SiteOptions } | { kind: 'snapshot-written' };

export interface StartedAstroBuild {
  /** Tells the build that the snapshot its options name is written: it may read the entries. */
  snapshotWritten(): void;
  /** Resolves with the build's exit code. */
  exited: Promise<number>;
}

/**
 * The environment of the child: the handbook's own variables are not passed, its options are.
 * Node keeps the compiled code of the modules it loads (Astro, Vite and the project's own) in
 * node_modules/.cache/, as `npm run build` and `npm run check` do: a build after the first
 * loads them some 0.4 s sooner.
 */
function childEnvironment(projectRoot: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1', NODE_COMPILE_CACHE: join(projectRoot, 'node_modules', '.cache', 'vajs', 'compile') };
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('VAJS_')) env[name] = value;
  return env;
}

/**
 * Starts one Astro build in a child process (scripts/lib/astro-child.ts) with its options: the
 * caller writes the snapshot they name meanwhile, checking the content on the other core while
 * Astro loads and sets itself up, and says when it is written. A check that fails ends the
 * caller, and with it the waiting child. The child's errors and warnings (stderr) reach the
 * reader as they come; its page-by-page listing (stdout) goes to the log.
 */
export function startAstroBuild({ projectRoot, verbose, log, onStep }: AstroBuildOptions, request: { outDir: string; site: SiteOptions }): StartedAstroBuild {
  mkdirSync(dirname(log), { recursive: true });
  const logFd = verbose ? undefined : openSync(log, 'w');
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'lib', 'astro-child.ts')], {
    cwd: projectRoot,
    stdio: ['ignore', logFd ?? 'inherit', 'inherit', 'ipc'],
    env: childEnvironment(projectRoot),
  });
  const send = (message: ChildMessage) => child.send(message);
  send({ kind: 'build', ...request });
  child.on('message', (message) => {
    if (isBuildStep(message)) onStep(message);
  });
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code, signal) => {
      if (logFd !== undefined) closeSync(logFd);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
  return { snapshotWritten: () => send({ kind: 'snapshot-written' }), exited };
}
