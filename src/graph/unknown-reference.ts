import { createProblem, type Problem } from '../errors/problem.ts';
import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';
import type { EntryKey, Graph } from './build-graph.ts';
import { didYouMean } from './suggest.ts';

// The one way an UnknownReference is told, wherever the value stands (a reference field, the
// glossary's `related`, a component's attribute in a chapter), so the author reads the same
// sentence and the same kind of hint for the same mistake.

/** A value that names an entry which does not exist. */
export interface BrokenReference {
  file: string;
  line: number | undefined;
  /** The field the problem is reported on: the reference field, or "body" for prose. */
  field: string;
  /** Where the sentence says the value stands; `Väljal „<field>“` unless given. */
  place?: string | undefined;
  /** The value as the author wrote it: "kriisijuht", "organizations/ska". */
  value: string;
  /** The entry it names. */
  collection: CollectionKey;
  id: string;
  /**
   * Whether the field decides the collection (`owner` always names a position), so an entry of
   * that id elsewhere is the wrong kind; false where the author writes the collection too.
   */
  fieldChoosesCollection: boolean;
  /** The entry that holds the reference, which is no answer to where its id exists. */
  from?: EntryKey | undefined;
}

/** "Kogu „Rollid“ id-d on failinimed kaustas content/roles/.": where the ids of a collection come from. */
export function idsOf(collection: CollectionKey): string {
  return `Kogu „${COLLECTIONS[collection].labelPlural}“ id-d on failinimed kaustas content/${COLLECTIONS[collection].folder}/.`;
}

/** The hint for a reference to a missing entry: the ids it most likely meant, an entry of that id in another collection, and where ids come from. */
export function unknownReferenceHint(graph: Graph, { collection, id, fieldChoosesCollection, from }: Pick<BrokenReference, 'collection' | 'id' | 'fieldChoosesCollection' | 'from'>): string {
  const elsewhere = (Object.keys(COLLECTIONS) as CollectionKey[]).filter((key) => key !== collection && `${key}/${id}` !== from && graph.get(key, id));
  const parts = [didYouMean(id, graph.ids(collection))];
  if (elsewhere.length > 0 && !fieldChoosesCollection) parts.push(`„${id}“ on olemas kogus ${elsewhere.map((key) => `„${COLLECTIONS[key].labelPlural}“ (${key}/)`).join(' ja ')}.`);
  else if (elsewhere.length > 0) parts.push(`Kogus „${COLLECTIONS[elsewhere[0]!].labelPlural}“ on kirje „${id}“, kuid see väli viitab kogule „${COLLECTIONS[collection].labelPlural}“.`);
  parts.push(idsOf(collection));
  return parts.filter(Boolean).join(' ');
}

/** The UnknownReference problem for a value that names no entry. */
export function unknownReference(graph: Graph, reference: BrokenReference): Problem {
  const { file, line, field, place, value, collection } = reference;
  return createProblem('UnknownReference', {
    file,
    line,
    field,
    message: `${place ?? `Väljal „${field}“`} on „${value}“, kuid kogus „${COLLECTIONS[collection].labelPlural}“ sellise id-ga kirjet ei ole.`,
    hint: unknownReferenceHint(graph, reference),
  });
}
