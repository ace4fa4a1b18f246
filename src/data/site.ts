import options from 'virtual:vajs/options';
import type { SiteOptions } from '../build/site-options.ts';
import { type HandbookSnapshot, readSnapshot } from '../build/snapshot.ts';

// The options of this build and its checked snapshot, as the pages see them.

export function siteOptions(): SiteOptions {
  return options;
}

let snapshot: HandbookSnapshot | undefined;

/**
 * The build's checked snapshot, read once. Every build and dev server has one (the integration
 * writes it when no caller did), so the checker never ends up in the pages' bundle.
 */
export function checkedSnapshot(): HandbookSnapshot {
  if (!options.snapshotFile) throw new Error('This build has no checked snapshot of the handbook: pages render only in astro build and astro dev.');
  snapshot ??= readSnapshot(options.snapshotFile);
  return snapshot;
}
