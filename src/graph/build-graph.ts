import { formatPath } from '../errors/field-path.ts';
import { createProblem, type Problem } from '../errors/problem.ts';
import { type CollectionKey, COLLECTIONS, type EntryData, isCollectionKey } from '../model/collections.ts';
import { REFERENCE_FIELDS } from '../model/references.ts';
import { findInlineReferences } from '../prose/inline-references.ts';
import { unknownReference, unknownReferenceHint } from './unknown-reference.ts';

interface EntryIn<K extends CollectionKey> {
  collection: K;
  id: string;
  /** As the collection's schema parsed it. */
  data: EntryData<K>;
  body?: string | undefined;
  file?: string | undefined;
  bodyLine?: number | undefined;
  locate?: ((path: readonly PropertyKey[]) => number) | undefined;
}

/**
 * An entry as the graph sees it: from the checker (with file and lines) or from Astro (without).
 * A union keyed by collection, so testing `entry.collection` narrows `entry.data`, and
 * GraphEntry<'processes'> is an entry whose data is a Process.
 */
export type GraphEntry<K extends CollectionKey = CollectionKey> = { [C in K]: EntryIn<C> }[K];

/**
 * The test an entry's collection is: `entries.filter(isIn('processes'))` keeps the process
 * entries, typed as such. The one place an entry is narrowed to its collection, by that very test.
 */
export function isIn<K extends CollectionKey>(collection: K) {
  return <E extends GraphEntry>(entry: E): entry is E & GraphEntry<K> => entry.collection === collection;
}

export type EntryKey = `${CollectionKey}/${string}`;

export interface Edge {
  from: EntryKey;
  to: EntryKey;
  relation: string;
  inverse: string;
  /** The field that holds the reference, e.g. "participants[].role"; "body" for prose links. */
  field: string;
}

export interface Graph {
  /** The entry of that collection with that id, its data typed by the collection. */
  get<K extends CollectionKey>(collection: K, id: string): GraphEntry<K> | undefined;
  ids(collection: CollectionKey): string[];
  /** References this entry makes. */
  outgoing(collection: CollectionKey, id: string): Edge[];
  /** References to this entry: the backlinks. */
  incoming(collection: CollectionKey, id: string): Edge[];
}

export function entryKey(collection: CollectionKey, id: string): EntryKey {
  return `${collection}/${id}`;
}

/**
 * The collection and id an entry key names ("processes/p15", as edges name their ends). Every
 * key the graph makes names a collection, so one that does not is a programming error and throws.
 */
export function splitEntryKey(key: string): { collection: CollectionKey; id: string } {
  const [collection = '', id = ''] = key.split('/');
  if (!isCollectionKey(collection)) throw new Error(`"${key}" is no entry key: "${collection}" is no collection.`);
  return { collection, id };
}

/** Values at a reference path such as "card.targetGroups[].role", each with its concrete path for line lookup. */
export function valuesAtPath(data: unknown, path: string): { value: unknown; at: PropertyKey[] }[] {
  let current: { value: unknown; at: PropertyKey[] }[] = [{ value: data, at: [] }];
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    const next: { value: unknown; at: PropertyKey[] }[] = [];
    for (const { value, at } of current) {
      if (value === null || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[key];
      if (child === undefined) continue;
      if (isList) {
        if (Array.isArray(child)) child.forEach((item, index) => next.push({ value: item, at: [...at, key, index] }));
      } else {
        next.push({ value: child, at: [...at, key] });
      }
    }
    current = next;
  }
  return current;
}

/** A graph of the entries, and the one way an edge is added to it (both directions at once). */
function graphOf(entries: readonly GraphEntry[]): { graph: Graph; addEdge(edge: Edge): void } {
  const byCollection = new Map<CollectionKey, Map<string, GraphEntry>>();
  for (const entry of entries) {
    let map = byCollection.get(entry.collection);
    if (!map) byCollection.set(entry.collection, (map = new Map()));
    map.set(entry.id, entry);
  }
  const outgoing = new Map<EntryKey, Edge[]>();
  const incoming = new Map<EntryKey, Edge[]>();
  const graph: Graph = {
    get: (collection, id) => {
      const entry = byCollection.get(collection)?.get(id);
      return entry && isIn(collection)(entry) ? entry : undefined;
    },
    ids: (collection) => [...(byCollection.get(collection)?.keys() ?? [])],
    outgoing: (collection, id) => outgoing.get(entryKey(collection, id)) ?? [],
    incoming: (collection, id) => incoming.get(entryKey(collection, id)) ?? [],
  };
  const addEdge = (edge: Edge) => {
    const out = outgoing.get(edge.from);
    if (out) out.push(edge);
    else outgoing.set(edge.from, [edge]);
    const into = incoming.get(edge.to);
    if (into) into.push(edge);
    else incoming.set(edge.to, [edge]);
  };
  return { graph, addEdge };
}

/** Each entry's references as a graph resolved them, by the key of the entry that makes them: what a check hands on. */
export function referencesOf(graph: Graph, entries: readonly GraphEntry[]): Record<EntryKey, Edge[]> {
  const references: Record<EntryKey, Edge[]> = {};
  for (const { collection, id } of entries) {
    const edges = graph.outgoing(collection, id);
    if (edges.length > 0) references[entryKey(collection, id)] = edges;
  }
  return references;
}

/**
 * The graph of entries whose references a check has resolved already (referencesOf): the same
 * graph buildGraph makes of them, edges in the same order, without reading their fields and
 * prose again. An edge to an entry that is not among them is left out, as buildGraph leaves it
 * (the dev server's entries can be an edit ahead of its last check).
 */
export function linkedGraph(entries: readonly GraphEntry[], references: Readonly<Record<EntryKey, readonly Edge[]>>): Graph {
  const { graph, addEdge } = graphOf(entries);
  for (const { collection, id } of entries) {
    for (const edge of references[entryKey(collection, id)] ?? []) {
      const to = splitEntryKey(edge.to);
      if (graph.get(to.collection, to.id)) addEdge(edge);
    }
  }
  return graph;
}

/**
 * Resolves every declared reference and every ref: link in prose, builds both directions of each
 * relation, and lists the references whose target does not exist.
 */
export function buildGraph(
  entries: readonly GraphEntry[],
  /** Entries that exist but failed their schema: references to them are not reported again. */
  alsoExisting: Iterable<EntryKey> = [],
): { graph: Graph; problems: Problem[] } {
  const existing = new Set(alsoExisting);
  const { graph, addEdge } = graphOf(entries);
  const problems: Problem[] = [];

  const fieldsByCollection = Map.groupBy(REFERENCE_FIELDS, (field) => field.from);
  for (const entry of entries) {
    const from = entryKey(entry.collection, entry.id);
    for (const field of fieldsByCollection.get(entry.collection) ?? []) {
      for (const { value, at } of valuesAtPath(entry.data, field.path)) {
        const id = String(value);
        if (existing.has(entryKey(field.to, id))) continue;
        if (graph.get(field.to, id)) {
          addEdge({ from, to: entryKey(field.to, id), relation: field.relation, inverse: field.inverse, field: field.path });
          continue;
        }
        problems.push(unknownReference(graph, { file: entry.file ?? from, line: entry.locate?.(at), field: formatPath(at), value: id, collection: field.to, id, fieldChoosesCollection: true, from }));
      }
    }
    if (entry.body === undefined) continue;
    for (const reference of findInlineReferences(entry.body, COLLECTIONS[entry.collection].format)) {
      const line = entry.bodyLine === undefined ? undefined : entry.bodyLine + reference.line - 1;
      const file = entry.file ?? from;
      if (!reference.target.ok) {
        problems.push(
          createProblem('InvalidInlineReference', {
            file,
            line,
            field: 'body',
            message: `Lingist „ref:${reference.raw}“ ei saa kirjet välja lugeda: ${reference.target.reason}.`,
            hint: `Kirjuta viited kirjetele kujul [](ref:<kogu>/<id>), nt [](ref:processes/p15); kogud on ${Object.keys(COLLECTIONS).join(', ')}.`,
          }),
        );
        continue;
      }
      const { collection, id } = reference.target;
      if (existing.has(entryKey(collection, id))) continue;
      if (graph.get(collection, id)) {
        addEdge({ from, to: entryKey(collection, id), relation: 'mentions', inverse: 'mentionedIn', field: 'body' });
        continue;
      }
      problems.push(
        createProblem('UnknownInlineReference', {
          file,
          line,
          field: 'body',
          message: `Link „ref:${reference.raw}“ ei vii ühelegi kirjele: kogus „${COLLECTIONS[collection].labelPlural}“ ei ole kirjet id-ga „${id}“.`,
          hint: unknownReferenceHint(graph, { collection, id, fieldChoosesCollection: false, from }),
        }),
      );
    }
  }
  return { graph, problems };
}
