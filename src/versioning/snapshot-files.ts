import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sha256 } from './manifest.ts';

/** SHA-256 of every file under `dir`, by its path relative to `dir` with forward slashes. */
export function hashFolder(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  for (const file of files) hashes[file] = sha256(readFileSync(join(dir, file)));
  return hashes;
}
