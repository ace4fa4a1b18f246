import type { APIRoute } from 'astro';
import { jsonResponse, loadExportIndex } from '../../data/exports.ts';

export const GET: APIRoute = async () => jsonResponse({ collections: await loadExportIndex() });
