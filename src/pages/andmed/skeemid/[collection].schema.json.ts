import type { APIRoute } from 'astro';
import { exportPaths, jsonResponse } from '../../../data/exports.ts';
import { collectionJsonSchema } from '../../../exports/json-export.ts';
import type { CollectionKey } from '../../../model/collections.ts';

export const getStaticPaths = exportPaths;

export const GET: APIRoute = ({ props }) => jsonResponse(collectionJsonSchema((props as { key: CollectionKey }).key));
