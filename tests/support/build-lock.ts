import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Astro writes generated modules into the project's .astro/ folder on every build, so two builds
// of the same project at once can read each other's half-written files. Test files that build
// run in parallel workers; they take this lock around each build.
const LOCK = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'vajs-test-build.lock');
const STALE_MS = 10 * 60 * 1000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Runs `build` while no other test process builds; waits for the lock, never longer than a stale one lives. */
export function withBuildLock<T>(build: () => T): T {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The holder just released it: try again.
      }
      Atomics.wait(pause, 0, 0, 200);
    }
  }
  try {
    return build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
