import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { resolveContentRoot } from '../content-root.ts';
import { buildHealthReport, type HealthReport } from '../health/content-health.ts';
import { currentDay } from '../health/days.ts';
import { listReviewSubjects, type ReviewSchedule, scheduleReviews } from '../health/reviews.ts';

// The quality manager's pages need the checker's findings with files and lines, which Astro's
// collections do not keep; so they run the same checker `npm run report` runs, once per build.

interface Desk {
  today: string;
  /** Where a file opens for editing in the repository's web interface (vajs.config.json); empty when nowhere. */
  editUrl: string;
  report: HealthReport;
  schedule: ReviewSchedule;
}

let desk: Desk | undefined;

/** The content-health report and the review schedule as of the build day (VAJS_TODAY pins it). */
export function loadDesk(): Desk {
  if (desk) return desk;
  const root = resolveContentRoot(process.cwd());
  const today = currentDay();
  // Files are named as the quality manager edits them, in content/, even when this build renders
  // a published snapshot: a snapshot is never edited, the next version is made in content/.
  const result = checkContent(root, 'content', { today });
  const config = JSON.parse(readFileSync(join(process.cwd(), 'vajs.config.json'), 'utf8')) as { repositoryEditUrl?: string };
  desk = { today, editUrl: config.repositoryEditUrl ?? '', report: buildHealthReport(result, today), schedule: scheduleReviews(listReviewSubjects(result.entries), today) };
  return desk;
}
