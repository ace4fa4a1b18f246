import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tryLock, waitForLock } from '../../src/locks/lock-file.ts';
import { moveFolder, refuseOutputFolder } from '../../src/build/output-folder.ts';

describe('refuseOutputFolder', () => {
  const root = '/projekt';

  it('accepts a folder of its own, in the project or outside it', () => {
    expect(refuseOutputFolder('/projekt/dist', root)).toBeUndefined();
    expect(refuseOutputFolder('/andmed/sait', root)).toBeUndefined();
  });

  it('refuses the inputs, what lies in them, and what holds them', () => {
    expect(refuseOutputFolder('/projekt/content', root, [], 'content')).toBe('Väljundkaust „content“ on ehitamise sisendis „content“; ehitamine kustutaks selle.');
    expect(refuseOutputFolder('/projekt/public/img', root, [], 'public/img')).toBe('Väljundkaust „public/img“ on ehitamise sisendis „public“; ehitamine kustutaks selle.');
    expect(refuseOutputFolder('/projekt', root, [], '.')).toBe('Väljundkaust „.“ on projekti juurkaust; ehitamine kustutaks kogu projekti.');
    expect(refuseOutputFolder('/', root, [], '/')).toBe('Väljundkaust „/“ sisaldab projekti; ehitamine kustutaks selle.');
  });

  it('refuses content and versions moved elsewhere, and folders holding them', () => {
    expect(refuseOutputFolder('/andmed/content', root, ['/andmed/content'], 'x')).toBe('Väljundkaust „x“ on ehitamise sisendis „/andmed/content“; ehitamine kustutaks selle.');
    expect(refuseOutputFolder('/andmed', root, ['/andmed/versions'], 'x')).toBe('Väljundkaust „x“ sisaldab ehitamise sisendit „/andmed/versions“; ehitamine kustutaks selle.');
    expect(refuseOutputFolder('/andmed/site', root, ['/andmed/versions'])).toBeUndefined();
  });
});

describe('moveFolder', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  /** A folder with a file in a subfolder, made in `parent`. */
  function siteIn(parent: string): string {
    mkdirSync(parent, { recursive: true });
    const folder = mkdtempSync(join(parent, 'vajs-move-'));
    made.push(folder);
    mkdirSync(join(folder, 'site', '_astro'), { recursive: true });
    writeFileSync(join(folder, 'site', '_astro', 'Base.css'), 'body{}');
    return folder;
  }

  it('moves a folder whole into a parent it makes', () => {
    const folder = siteIn(tmpdir());
    moveFolder(join(folder, 'site'), join(folder, 'kept', 'site'));
    expect(readFileSync(join(folder, 'kept', 'site', '_astro', 'Base.css'), 'utf8')).toBe('body{}');
    expect(existsSync(join(folder, 'site'))).toBe(false);
  });

  it('moves a folder to another file system, where a rename cannot', () => {
    // The project's own disk and the machine's memory file system, as a build into /dev/shm has them.
    const from = siteIn(resolve('node_modules', '.cache', 'vajs-tests'));
    const to = siteIn('/dev/shm');
    expect(statSync(from).dev).not.toBe(statSync(to).dev);
    moveFolder(join(from, 'site'), join(to, 'dist'));
    expect(readFileSync(join(to, 'dist', '_astro', 'Base.css'), 'utf8')).toBe('body{}');
    expect(existsSync(join(from, 'site'))).toBe(false);
  });
});

describe('tryLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vajs-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is held by one at a time, names its holder, and is taken over from a dead one', () => {
    const path = join(dir, 'build.lock');
    const first = tryLock(path);
    expect(first.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
    expect(tryLock(path)).toEqual({ ok: false, holder: process.pid });
    if (first.ok) first.release();
    writeFileSync(path, '2147483646');
    const second = tryLock(path);
    expect(second.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(String(process.pid));
  });

  it('makes a second build wait, saying once who holds the lock, until it is released', async () => {
    const path = join(dir, 'build.lock');
    const first = tryLock(path);
    if (!first.ok) throw new Error('The lock was not free.');
    const said: number[] = [];
    setTimeout(() => first.release(), 300);
    const release = await waitForLock(path, (holder) => said.push(holder), 50);
    expect(said).toEqual([process.pid]);
    release();
    expect(tryLock(path).ok).toBe(true);
  });
});
