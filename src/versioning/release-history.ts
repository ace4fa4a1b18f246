import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Problem } from '../errors/problem.ts';
import { compareWithRelease, noAuditTrail, releasedVersions, releaseTag, uncommittedVersion, type ReleaseRecord } from './audit-trail.ts';
import { additions, blobId, hasCommits, repositoryOf, tagCommit, treeOf, type Repository } from './git.ts';

export interface ReleaseHistory {
  /** The versions git records as released, with the commit that released each. */
  released: Map<number, string>;
  problems: Problem[];
}

/** The nearest folder that exists: versions/ itself may be the thing that was deleted. */
function nearestExisting(dir: string): string {
  let current = dir;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}

/** Object ids of every file under `dir`, by path relative to it; undefined when it is no folder. */
function filesOnDisk(dir: string, format: Repository['objectFormat']): Record<string, string> | undefined {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path).split('\\').join('/')] = blobId(readFileSync(path), format);
  }
  return files;
}

/**
 * Verifies the published versions against git: every version a commit released must still exist,
 * with exactly the files of that commit (and of its tag, when tagged). Outside a repository the
 * check cannot be made, which is a warning, not a crash: fixtures and generated handbooks live in
 * temporary folders.
 */
export function verifyReleaseHistory(versionsRoot: string, shownRoot = 'versions'): ReleaseHistory {
  const problems: Problem[] = [];
  const released = new Map<number, string>();
  const repository = repositoryOf(nearestExisting(versionsRoot));
  if ('reason' in repository) return { released, problems: [noAuditTrail(shownRoot, repository.reason)] };
  if (repository.shallow) problems.push(noAuditTrail(shownRoot, 'hoidla ajalugu on lühendatud, nii et varem avaldatud versioone ei näe'));
  const existing = nearestExisting(versionsRoot);
  const folder = relative(realpathSync(repository.root), join(realpathSync(existing), relative(existing, versionsRoot))).split('\\').join('/');
  if (folder.startsWith('..')) return { released, problems: [noAuditTrail(shownRoot, 'see on väljaspool git-hoidlat')] };
  if (!hasCommits(repository.root)) return { released, problems };

  for (const [version, commit] of releasedVersions(additions(repository.root, folder), folder)) {
    released.set(version, commit);
    const inRepository = `${folder}/${version}`;
    const tag = releaseTag(version);
    const tagged = tagCommit(repository.root, tag);
    const record: ReleaseRecord = {
      version,
      commit,
      files: treeOf(repository.root, commit, inRepository),
      tag: tagged ? { name: tag, commit: tagged, files: treeOf(repository.root, tagged, inRepository) } : undefined,
    };
    problems.push(...compareWithRelease(record, filesOnDisk(join(versionsRoot, String(version)), repository.objectFormat), `${shownRoot}/${version}`));
  }
  if (existsSync(versionsRoot)) {
    for (const entry of readdirSync(versionsRoot, { withFileTypes: true })) {
      const version = /^[1-9]\d*$/.test(entry.name) && entry.isDirectory() ? Number(entry.name) : undefined;
      if (version && !released.has(version)) problems.push(uncommittedVersion(version, `${shownRoot}/${entry.name}`));
    }
  }
  return { released, problems };
}
