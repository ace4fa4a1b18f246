import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256 } from './manifest.ts';

export interface FolderHashes {
  /** SHA-256 of every regular file, by its path relative to the folder with forward slashes. */
  hashes: Record<string, string>;
  /**
   * Links, pipes, sockets and devices, never opened: a snapshot holding one would not be frozen
   * (a link's target can change), so whoever hashes a snapshot must refuse it.
   */
  irregular: string[];
}

/** Hashes every file under `dir`; readdir's types do not follow links, so nothing irregular is read. */
export function hashFolder(dir: string): FolderHashes {
  const hashes: Record<string, string> = {};
  const irregular: string[] = [];
  const items = readdirSync(dir, { recursive: true, withFileTypes: true });
  const pathOf = (item: (typeof items)[number]) => relative(dir, join(item.parentPath, item.name)).split('\\').join('/');
  for (const item of items) if (!item.isFile() && !item.isDirectory()) irregular.push(pathOf(item));
  const files = items.filter((item) => item.isFile()).map(pathOf).sort();
  for (const file of files) hashes[file] = sha256(readFileSync(join(dir, file)));
  return { hashes, irregular: irregular.sort() };
}
