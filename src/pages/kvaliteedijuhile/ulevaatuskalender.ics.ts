import type { APIRoute } from 'astro';
import { reviewFeed } from '../../data/review-feeds.ts';

export const GET: APIRoute = ({ site }) => reviewFeed('VAJS ülevaatuskalender', () => true, site);
