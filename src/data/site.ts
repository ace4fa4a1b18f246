import options from 'virtual:vajs/options';
import type { SiteOptions } from '../build/site-options.ts';
import { type HandbookSnapshot, readSnapshot, snapshotOf } from '../build/snapshot.ts';
import { checkContent } from '../check/check-content.ts';

// The options of this build and its checked snapshot, as the pages see them.

export function siteOptions(): SiteOptions {
  return options;
}

let snapshot: HandbookSnapshot | undefined;

/** The build's checked snapshot, read once; checked here only when no one handed one over. */
export function checkedSnapshot(): HandbookSnapshot {
  snapshot ??= options.snapshotFile
    ? readSnapshot(options.snapshotFile)
    : snapshotOf(options.contentRoot, checkContent(options.contentRoot, 'content', { today: options.today }), 'content', options.today);
  return snapshot;
}
