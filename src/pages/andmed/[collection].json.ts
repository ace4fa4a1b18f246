import type { APIRoute } from 'astro';
import { exportPaths, jsonResponse, loadExport } from '../../data/exports.ts';
import type { CollectionKey } from '../../model/collections.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute = async ({ props }) => jsonResponse(await loadExport((props as { key: CollectionKey }).key));
