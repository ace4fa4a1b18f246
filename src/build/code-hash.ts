import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../versioning/manifest.ts';
import { hashFolder } from '../versioning/snapshot-files.ts';

export type CodeHash = { ok: true; hash: string } | { ok: false; folder: string; irregular: string[] };

/**
 * What a rendered page or a check result depends on besides the content: the site's code and
 * dependencies. A link's target is outside what the hash covers, so a folder holding one has no
 * hash (anything kept for it could go stale unseen).
 */
export function codeHash(projectRoot: string): CodeHash {
  const parts: string[] = [];
  for (const dir of ['src', 'public']) {
    const { hashes, irregular } = hashFolder(join(projectRoot, dir));
    if (irregular.length > 0) return { ok: false, folder: dir, irregular };
    parts.push(JSON.stringify(hashes));
  }
  for (const file of ['astro.config.mjs', 'package-lock.json']) parts.push(sha256(readFileSync(join(projectRoot, file))));
  return { ok: true, hash: sha256(parts.join('\n')) };
}
