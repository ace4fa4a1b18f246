import { checkContent } from '../check/check-content.ts';
import { displayContentRoot, resolveContentRoot } from '../content-root.ts';
import { buildHealthReport, type HealthReport } from '../health/content-health.ts';
import { currentDay } from '../health/days.ts';
import { listReviewSubjects, type ReviewSchedule, scheduleReviews } from '../health/reviews.ts';

// The quality manager's pages need the checker's findings with files and lines, which Astro's
// collections do not keep; so they run the same checker `npm run report` runs, once per build.

interface Desk {
  today: string;
  report: HealthReport;
  schedule: ReviewSchedule;
}

let desk: Desk | undefined;

/** The content-health report and the review schedule as of the build day (VAJS_TODAY pins it). */
export function loadDesk(): Desk {
  if (desk) return desk;
  const root = resolveContentRoot(process.cwd());
  const today = currentDay();
  const result = checkContent(root, displayContentRoot(root), { today });
  desk = { today, report: buildHealthReport(result, today), schedule: scheduleReviews(listReviewSubjects(result.entries), today) };
  return desk;
}
