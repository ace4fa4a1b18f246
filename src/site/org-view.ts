import type { Graph } from '../graph/build-graph.ts';
import type { CollectionKey } from '../model/collections.ts';
import { capitalise } from './format.ts';

/** What the tree under an organisation or a unit holds, counted from the entries that point at it. */
export function holdingsOf(graph: Graph, collection: 'organizations' | 'units', id: string): { units: number; posts: number; agencies: number } {
  const incoming = graph.incoming(collection, id);
  const count = (inverse: string, from: CollectionKey) => incoming.filter((edge) => edge.inverse === inverse && edge.from.startsWith(`${from}/`)).length;
  return collection === 'organizations'
    ? { units: count('hasUnit', 'units'), posts: count('hasPost', 'positions'), agencies: count('hasPart', 'organizations') }
    : { units: count('hasPart', 'units'), posts: count('hasPost', 'positions'), agencies: 0 };
}

/**
 * The heading over what an organisation or a unit holds, naming only what is there: a reader
 * of "Teenuste osakond" sees "Ametikohad", of Sotsiaalministeerium "Struktuuriüksused,
 * ametikohad ja valitsemisala asutused".
 */
export function structureHeading(holds: { units: number; posts: number; agencies: number }, within: 'organization' | 'unit'): string | undefined {
  const parts = [
    holds.units > 0 ? (within === 'unit' ? 'allüksused' : 'struktuuriüksused') : undefined,
    holds.posts > 0 ? 'ametikohad' : undefined,
    holds.agencies > 0 ? 'valitsemisala asutused' : undefined,
  ].filter((part): part is string => part !== undefined);
  if (parts.length === 0) return undefined;
  const text = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ja ${parts.at(-1)}`;
  return capitalise(text);
}
