import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A lock file holding its holder's process id, so two builds (or two releases) never work on the
 * same folders at once. A lock whose holder has died (killed, crashed) is stale and taken over:
 * nobody has to delete it by hand.
 */
export type Lock = { ok: true; release(): void } | { ok: false; holder: number };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Takes the lock at `path` if it is free or stale; otherwise says who holds it. */
export function tryLock(path: string): Lock {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      return {
        ok: true,
        release: () => {
          if (held && holderOf(path) === process.pid) unlinkSync(path);
          held = false;
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(path);
      // A holder that is alive keeps it; an empty file may be one being written this instant.
      if (holder !== undefined && isAlive(holder)) return { ok: false, holder };
      if (holder === undefined && attempt === 0) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      if (attempt > 2) return { ok: false, holder: holder ?? 0 };
      try {
        unlinkSync(path);
      } catch {
        // Another process took it over first: try again.
      }
    }
  }
}

/** Waits until the lock is free, telling `onWait` once who holds it. */
export async function waitForLock(path: string, onWait: (holder: number) => void, pollMs = 500): Promise<() => void> {
  let told = false;
  for (;;) {
    const lock = tryLock(path);
    if (lock.ok) return lock.release;
    if (!told) onWait(lock.holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
