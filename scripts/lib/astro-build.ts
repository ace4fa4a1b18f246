import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { isBuildStep, type BuildStep } from '../../src/build/progress.ts';
import type { SiteOptions } from '../../src/build/site-options.ts';

export interface AstroBuildRequest {
  outDir: string;
  site: SiteOptions;
  /** Stream Astro's own output (every page it writes) instead of keeping it in `log`. */
  verbose: boolean;
  /** The file that keeps Astro's page-by-page output when it is not streamed. */
  log: string;
  /** Called for each step the build reports (src/build/progress.ts). */
  onStep(step: BuildStep): void;
}

export interface StartedAstroBuild {
  /** Builds the site from the request; resolves with the exit code. Once per started build. */
  build(request: AstroBuildRequest): Promise<number>;
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
 * Starts one Astro build in a child process (scripts/lib/astro-child.ts), which loads Astro and
 * then waits for its request over the IPC channel: the caller loads its own modules and checks
 * the content meanwhile, on the other core. Until build() is called the child does not keep the
 * caller alive: a caller that ends without building (a failed check, nothing to render) ends the
 * waiting child with it. The child's errors and warnings (stderr) reach the reader as they come;
 * its page-by-page listing (stdout) goes to the log, which only a build rewrites.
 */
export function startAstroBuild({ projectRoot }: { projectRoot: string }): StartedAstroBuild {
  const child = spawn(process.execPath, [join(projectRoot, 'scripts', 'lib', 'astro-child.ts')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: childEnvironment(projectRoot),
  });
  // Node makes a piped stdio stream a net.Socket; its handle, like the process's and the
  // channel's, would otherwise keep the caller alive.
  const output = child.stdout as Socket;
  const handles = [child, child.channel, output];
  for (const handle of handles) handle?.unref();
  const closed = new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  return {
    async build({ outDir, site, verbose, log, onStep }) {
      for (const handle of handles) handle?.ref();
      child.on('message', (message) => {
        if (isBuildStep(message)) onStep(message);
      });
      let written: Promise<void> = Promise.resolve();
      if (verbose) output.pipe(process.stdout, { end: false });
      else {
        mkdirSync(dirname(log), { recursive: true });
        const file = createWriteStream(log);
        output.pipe(file);
        written = finished(file);
      }
      child.send({ site, outDir });
      const code = await closed;
      // The log is complete before the caller points the reader to it.
      await written;
      return code;
    },
  };
}
