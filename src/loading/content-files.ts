import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The content tree holds regular files and folders only. A symbolic link would let an entry (and
 * a published version) be whatever some file outside the repository says today; a named pipe
 * blocks whoever opens it; sockets and devices are no text at all. These helpers look at a file's
 * own type (lstat, and readdir's types, which never follow a link) before anything opens it.
 */
export type IrregularKind = 'symlink' | 'fifo' | 'socket' | 'device';

/** What is at a path, judged without following a link; undefined for a regular file or folder. */
export function irregularKind(item: Dirent | Stats): IrregularKind | undefined {
  if (item.isFile() || item.isDirectory()) return undefined;
  if (item.isSymbolicLink()) return 'symlink';
  if (item.isFIFO()) return 'fifo';
  if (item.isSocket()) return 'socket';
  return 'device';
}

/** A file system error as a short reason for a message, e.g. "EACCES". */
export function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
}

export type FolderListing = { ok: true; items: Dirent[] } | { ok: false; code: string };

/**
 * The items of a folder, sorted by name (so reports and ids come in one order everywhere). A link
 * to a folder is not listed (ENOTDIR) unless `followLink` says so, as for the content root itself.
 */
export function listFolder(dir: string, { followLink = false } = {}): FolderListing {
  try {
    if (!followLink && !lstatSync(dir).isDirectory()) return { ok: false, code: 'ENOTDIR' };
    const items = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { ok: true, items };
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  }
}

/** Every item under `dir` that is neither a regular file nor a folder, as paths relative to `dir`. */
export function findIrregular(dir: string, prefix = ''): { path: string; kind: IrregularKind }[] {
  const listing = listFolder(dir, { followLink: prefix === '' });
  if (!listing.ok) return [];
  return listing.items.flatMap((item) => {
    const path = prefix + item.name;
    if (item.isDirectory()) return findIrregular(join(dir, item.name), `${path}/`);
    const kind = irregularKind(item);
    return kind ? [{ path, kind }] : [];
  });
}

/** The whole of an opened file whose size is known: one read for a file that did not change since its fstat. */
function readOpened(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, filled);
    if (read === 0) return bytes.subarray(0, filled);
    filled += read;
  }
  // A file grown since its fstat (being written) is read again whole: positioned reads leave the
  // descriptor at its start, where readFileSync begins.
  return readSync(fd, Buffer.allocUnsafe(1), 0, 1, size) === 0 ? bytes : readFileSync(fd);
}

export type FileRead = { ok: true; bytes: Buffer } | { ok: false; kind: IrregularKind | 'folder' } | { ok: false; code: string };

// O_NOFOLLOW makes opening a link fail instead of opening its target; O_NONBLOCK keeps a named
// pipe that appeared since the folder was listed from blocking the open. Windows has neither.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file only if it is a regular file, checked on the opened file itself, so a file swapped
 * for a link or a pipe after the folder was listed is refused too. `maxBytes` stops a huge file
 * before it is read.
 */
export function readRegularFile(path: string, maxBytes: number): FileRead | { ok: false; size: number } {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    // Opening a link with O_NOFOLLOW fails with ELOOP (EMLINK on some BSDs).
    return code === 'ELOOP' || code === 'EMLINK' ? { ok: false, kind: 'symlink' } : { ok: false, code };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, kind: 'folder' };
    const kind = irregularKind(stats);
    if (kind) return { ok: false, kind };
    if (stats.size > maxBytes) return { ok: false, size: stats.size };
    return { ok: true, bytes: readOpened(fd, stats.size) };
  } catch (error) {
    return { ok: false, code: errorCode(error) };
  } finally {
    closeSync(fd);
  }
}

export type RootState = { ok: true } | { ok: false; reason: 'missing' | 'not-a-folder' } | { ok: false; code: string };

/** Is the content root a folder? It may itself be a link (the operator's choice, not content). */
export function inspectRoot(root: string): RootState {
  try {
    return statSync(root).isDirectory() ? { ok: true } : { ok: false, reason: 'not-a-folder' };
  } catch (error) {
    const code = errorCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'missing' } : { ok: false, code };
  }
}
