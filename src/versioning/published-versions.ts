import type { Problem } from '../errors/problem.ts';
import { verifyReleaseHistory } from './release-history.ts';
import { readPublishedVersions, type PublishedVersion } from './verify-snapshots.ts';

export interface VerifiedVersions {
  /** The snapshots on disk, each verified against its manifest, oldest first. */
  versions: PublishedVersion[];
  /** The versions git records as released (number → commit), present or not. */
  released: Map<number, string>;
  problems: Problem[];
}

/**
 * What the check, the build and the release trust about versions/: each snapshot matches its
 * manifest, and — the manifest proving nothing once someone recomputes it — matches the commit
 * that released it; no released version has vanished.
 */
export function verifyPublishedVersions(versionsRoot: string, shownRoot = 'versions'): VerifiedVersions {
  const disk = readPublishedVersions(versionsRoot, shownRoot);
  const history = verifyReleaseHistory(versionsRoot, shownRoot);
  return { versions: disk.versions, released: history.released, problems: [...disk.problems, ...history.problems] };
}
