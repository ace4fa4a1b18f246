import type { APIRoute } from 'astro';
import { reviewFeed, reviewOwners } from '../../../data/review-feeds.ts';

export async function getStaticPaths() {
  return (await reviewOwners()).map((owner) => ({ params: { owner: owner.id }, props: owner }));
}

export const GET: APIRoute = ({ props, site }) => {
  const owner = props as { id: string; name: string };
  return reviewFeed(`VAJS ülevaatused: ${owner.name}`, (review) => review.owner === owner.id, site);
};
