import type { ScheduledReview } from '../reviews/schedule.ts';

const MONTHS = ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'];

export interface CalendarMonth {
  /** "hilinenud" for the overdue, else "2026-07": an anchor on the calendar page. */
  id: string;
  /** "Hilinenud" or "juuli 2026". */
  label: string;
  reviews: ScheduledReview[];
}

/** The calendar page's groups: overdue reviews first, then one group per month of the due day. */
export function groupByMonth(reviews: readonly ScheduledReview[], today: string): CalendarMonth[] {
  const groups: CalendarMonth[] = [];
  const overdue = reviews.filter((review) => review.due < today);
  if (overdue.length > 0) groups.push({ id: 'hilinenud', label: 'Hilinenud', reviews: overdue });
  for (const review of reviews) {
    if (review.due < today) continue;
    const id = review.due.slice(0, 7);
    let group = groups.at(-1);
    if (group?.id !== id) {
      group = { id, label: `${MONTHS[Number(id.slice(5)) - 1]} ${id.slice(0, 4)}`, reviews: [] };
      groups.push(group);
    }
    group.reviews.push(review);
  }
  return groups;
}
