import options from 'virtual:vajs/options';
import type { SiteOptions } from '../build/site-options.ts';
import { type HandbookSnapshot, readSnapshot } from '../build/snapshot.ts';

// The options of this build and its checked snapshot, as the pages see them.

export function siteOptions(): SiteOptions {
  return options;
}

let read: HandbookSnapshot | undefined;

/**
 * The build's checked snapshot, read once. Every build and dev server has one (the integration
 * writes it when no caller did), so the checker never ends up in the pages' bundle. The dev
 * server writes it again after each edit of the content: there the file is asked each time,
 * readSnapshot parses it again once it has been rewritten, and what is made of it (loadDesk,
 * versionHistory) is made again with it.
 */
export function checkedSnapshot(): HandbookSnapshot {
  if (!options.snapshotFile) throw new Error('This build has no checked snapshot of the handbook: pages render only in astro build and astro dev.');
  if (!read || import.meta.env.DEV) read = readSnapshot(options.snapshotFile);
  return read;
}

/**
 * A value made from the checked snapshot: made once, and again only when the snapshot is read
 * again (the dev server, after an edit of the content).
 */
export function madeFromSnapshot<T>(make: (snapshot: HandbookSnapshot) => T): () => T {
  let made: { of: HandbookSnapshot; value: T } | undefined;
  return () => {
    const snapshot = checkedSnapshot();
    if (made?.of !== snapshot) made = { of: snapshot, value: make(snapshot) };
    return made.value;
  };
}
