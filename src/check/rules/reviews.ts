import { createProblem } from '../../errors/problem.ts';
import { formatPath } from '../../errors/field-path.ts';
import { KIND_LABELS, listReviewSubjects, scheduleReviews } from '../../health/reviews.ts';
import type { ValidEntry } from '../validate-shape.ts';
import type { Rule } from './rule.ts';
import { plural } from '../../text/plural.ts';


/** A review whose due day has passed, as of `today` (the build passes the real day, tests a fixed one). */
export function checkOverdueReviews(today: string): Rule {
  return (entries) => {
    const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry] as const));
    return scheduleReviews(listReviewSubjects(entries), today)
      .scheduled.filter((review) => review.urgency === 'overdue')
      .map((review) => {
        const entry = byKey.get(`${review.collection}/${review.id}`) as ValidEntry;
        const at = [...review.path, 'lastReview'];
        return createProblem('OverdueReview', {
          file: entry.file,
          line: entry.locate(at),
          field: formatPath(at),
          message: `The review of the ${KIND_LABELS[review.kind].noun} "${review.title}" was due on ${review.due} (${plural(review.intervalMonths, 'month', 'months')} after ${review.lastReview}); it is ${plural(-review.daysLeft, 'day', 'days')} overdue.`,
          hint: 'Review the entry with its owner, then set `lastReview` to the day of the review.',
        });
      });
  };
}
