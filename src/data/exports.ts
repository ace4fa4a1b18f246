import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { type CollectionExport, dataUrl, exportCollection, schemaUrl } from '../exports/json-export.ts';
import { loadHandbook } from './handbook.ts';

/** getStaticPaths for the per-collection data files: the Estonian URL segment names the file. */
export function exportPaths() {
  return COLLECTION_KEYS.map((key) => ({ params: { collection: COLLECTIONS[key].urlSegment }, props: { key } }));
}

export async function loadExport(key: CollectionKey): Promise<CollectionExport> {
  const handbook = await loadHandbook();
  const document = handbook.all('documents')[0]?.data;
  return exportCollection(key, handbook.all(key), document && { designation: document.designation, version: document.version });
}

/** The index of every export, for a reader or program that starts from /andmed/index.json. */
export async function loadExportIndex() {
  const handbook = await loadHandbook();
  return COLLECTION_KEYS.map((key) => ({ collection: key, label: COLLECTIONS[key].labelPlural, count: handbook.all(key).length, data: dataUrl(key), schema: schemaUrl(key) }));
}

export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
