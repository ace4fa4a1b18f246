import type { Desk } from '../build/snapshot.ts';
import { createReviewCalendar } from '../health/icalendar.ts';
import type { ScheduledReview } from '../reviews/schedule.ts';
import { loadHandbook } from './handbook.ts';
import { loadDesk } from './health.ts';
import { madeFromSnapshot } from './site.ts';
import { compareEstonian } from '../text/estonian-order.ts';

type Owner = { id: string; name: string };

async function ownersOf({ schedule }: Desk): Promise<Owner[]> {
  const { graph } = await loadHandbook();
  const ids = new Set(schedule.scheduled.map((review) => review.owner));
  for (const subject of schedule.unscheduled) ids.add(subject.owner);
  return [...ids]
    .filter((id): id is string => Boolean(id))
    .map((id) => ({ id, name: String(graph.get('positions', id)?.data.name ?? id) }))
    .sort((a, b) => compareEstonian(a.name, b.name));
}

/**
 * Posts responsible for reviews (process owners), each with a feed of its own so an owner can
 * subscribe once. Listed once per snapshot: every owner's feed names all the owners.
 */
export const reviewOwners: () => Promise<Owner[]> = madeFromSnapshot((snapshot) => ownersOf(snapshot.desk));

/** The iCalendar feed of every scheduled review, or of one owner's, as an endpoint response. */
export async function reviewFeed(name: string, filter: (review: ScheduledReview) => boolean, site: URL | undefined): Promise<Response> {
  const { today, schedule } = loadDesk();
  const owners = new Map((await reviewOwners()).map((owner) => [owner.id, owner.name]));
  const body = createReviewCalendar(schedule.scheduled.filter(filter), { name, today, ownerNames: owners, origin: site?.origin });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}

export const ALL_REVIEWS_FEED = '/kvaliteedijuhile/ulevaatuskalender.ics';

export function ownerFeedUrl(owner: string): string {
  return `/kvaliteedijuhile/ulevaatuskalender/${owner}.ics`;
}
