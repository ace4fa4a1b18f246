import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../errors/problem.ts';
import { sha256 } from '../versioning/manifest.ts';
import type { PublishedVersion } from '../versioning/verify-snapshots.ts';

/**
 * The errors of a published snapshot's content, kept between runs. A snapshot that matches its
 * manifest cannot change, so neither can what the same code finds in it: the result is keyed by
 * the code's hash, the manifest's hash and where the snapshot is shown. Only a caller that has
 * verified every snapshot against its manifest may use it.
 */
export function frozenErrors(cacheDir: string | undefined, code: string | undefined, item: PublishedVersion, shown: string, check: () => Problem[]): Problem[] {
  if (!cacheDir || !code) return check();
  const file = join(cacheDir, `${item.version}-${sha256([code, item.manifest.sha256, item.contentRoot, shown].join('\n')).slice(0, 24)}.json`);
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Problem[];
    } catch {
      // A kept result that cannot be read is checked again.
    }
  }
  const problems = check();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.${process.pid}`, JSON.stringify(problems));
  renameSync(`${file}.${process.pid}`, file);
  return problems;
}
