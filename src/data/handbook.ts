import { getCollection, getEntry, render } from 'astro:content';
import type { HandbookSnapshot } from '../build/snapshot.ts';
import { type GraphEntry, linkedGraph } from '../graph/build-graph.ts';
import { type Handbook, handbookOf } from '../graph/entry-index.ts';
import { COLLECTION_KEYS, type CollectionKey, type EntryData } from '../model/collections.ts';
import { checkedSnapshot } from './site.ts';

// The ONLY module that reads astro:content. Everything else gets plain data and the graph.

export type { Handbook } from '../graph/entry-index.ts';

type AstroEntries<K extends CollectionKey> = () => Promise<{ id: string; data: EntryData<K>; body?: string | undefined }[]>;

/**
 * Each collection read from Astro. Astro types an entry's data by the collection only when the
 * collection is named literally, so each is named here, and the compiler checks every line
 * against the data its schema parses to (and that no collection is missing).
 */
const ASTRO_ENTRIES: { [K in CollectionKey]: AstroEntries<K> } = {
  organizations: () => getCollection('organizations'),
  units: () => getCollection('units'),
  positions: () => getCollection('positions'),
  roles: () => getCollection('roles'),
  roleFunctions: () => getCollection('roleFunctions'),
  processes: () => getCollection('processes'),
  supportServices: () => getCollection('supportServices'),
  policyDomains: () => getCollection('policyDomains'),
  policyAreas: () => getCollection('policyAreas'),
  bodies: () => getCollection('bodies'),
  glossary: () => getCollection('glossary'),
  scorecard: () => getCollection('scorecard'),
  documents: () => getCollection('documents'),
  initiatives: () => getCollection('initiatives'),
  pages: () => getCollection('pages'),
  handbook: () => getCollection('handbook'),
};

async function entriesOf<K extends CollectionKey>(collection: K): Promise<GraphEntry<K>[]> {
  return (await ASTRO_ENTRIES[collection]()).map((entry) => ({ collection, id: entry.id, data: entry.data, body: entry.body }));
}

let loaded: { of: HandbookSnapshot; handbook: Promise<Handbook> } | undefined;

async function load(snapshot: HandbookSnapshot): Promise<Handbook> {
  const entries: GraphEntry[] = [];
  for (const collection of COLLECTION_KEYS) entries.push(...(await entriesOf(collection)));
  return handbookOf(linkedGraph(entries, snapshot.references), entries);
}

/**
 * Loads every collection once per build, linked by the references the build's check resolved
 * (its snapshot): the fields and prose are not read again for them. The dev server loads them
 * again once its check has written a new snapshot.
 */
export function loadHandbook(): Promise<Handbook> {
  const snapshot = checkedSnapshot();
  if (loaded?.of !== snapshot) loaded = { of: snapshot, handbook: load(snapshot) };
  return loaded.handbook;
}

/** The rendered prose of a Markdown/MDX entry (handbook chapters, pages, initiatives). */
export async function renderBody(collection: 'handbook' | 'pages' | 'initiatives', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No ${collection} entry "${id}": the checker should have stopped the build.`);
  return render(entry);
}
