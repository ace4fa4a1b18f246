import type { Desk as CheckedDesk } from '../build/snapshot.ts';
import { madeFromSnapshot, siteOptions } from './site.ts';

// The quality manager's pages need the checker's findings with files and lines, which Astro's
// collections do not keep; they come from the build's checked snapshot, made by the one check
// of this build (src/build/snapshot.ts).

interface Desk extends CheckedDesk {
  /** Where a file opens for editing in the repository's web interface (vajs.config.json); empty when nowhere. */
  editUrl: string;
}

/** The content-health report and the review schedule as of the build day (VAJS_TODAY pins it). */
export const loadDesk: () => Desk = madeFromSnapshot((snapshot) => ({ ...snapshot.desk, editUrl: siteOptions().editUrl }));
