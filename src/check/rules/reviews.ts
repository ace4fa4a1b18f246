import { createProblem } from '../../errors/problem.ts';
import { formatPath } from '../../errors/field-path.ts';
import { KIND_LABELS, listReviewSubjects, scheduleReviews } from '../../reviews/schedule.ts';
import type { Rule } from './rule.ts';
import { formatDate } from '../../text/format-date.ts';
import { plural } from '../../text/plural.ts';


/** A review whose due day has passed, as of `today` (the build passes the real day, tests a fixed one). */
export function checkOverdueReviews(today: string): Rule {
  return (entries) => {
    const byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry] as const));
    return scheduleReviews(listReviewSubjects(entries), today)
      .scheduled.filter((review) => review.urgency === 'overdue')
      .map((review) => {
        const entry = byKey.get(`${review.collection}/${review.id}`)!;
        const at = [...review.path, 'lastReview'];
        return createProblem('OverdueReview', {
          file: entry.file,
          line: entry.locate(at),
          field: formatPath(at),
          message: `Kirje „${review.title}“ (${KIND_LABELS[review.kind].one}) ülevaatuse tähtaeg oli ${formatDate(review.due)} (${plural(review.intervalMonths, 'kuu', 'kuud')} pärast ${formatDate(review.lastReview)}); tähtaeg on ületatud ${plural(-review.daysLeft, 'päev', 'päeva')}.`,
          hint: 'Vaata kirje koos omanikuga üle ja märgi väljale „lastReview“ ülevaatuse päev.',
        });
      });
  };
}
