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

/** What stands directly under an organisation or a unit, each unit and agency with what stands under it. */
export interface OrgLevel {
  units: { id: string; below: OrgLevel }[];
  posts: string[];
  agencies: { id: string; below: OrgLevel }[];
}

/** The entries the tree is made of, each with the fields that place it, in the order the tree lists them. */
export interface OrgEntries {
  organizations: readonly { id: string; data: { parent?: string | undefined } }[];
  units: readonly { id: string; data: { organization: string; parent?: string | undefined } }[];
  positions: readonly { id: string; data: { organization?: string | undefined; unit?: string | undefined } }[];
}

/** Entries by the organisation they belong to and the unit (undefined: none) they stand in, in their order. */
function byPlace<T>(entries: readonly T[], place: (entry: T) => [organization: string | undefined, unit: string | undefined]): (organization: string, unit: string | undefined) => T[] {
  const index = new Map<string | undefined, Map<string | undefined, T[]>>();
  for (const entry of entries) {
    const [organization, unit] = place(entry);
    let units = index.get(organization);
    if (!units) index.set(organization, (units = new Map()));
    const list = units.get(unit);
    if (list) list.push(entry);
    else units.set(unit, [entry]);
  }
  return (organization, unit) => index.get(organization)?.get(unit) ?? [];
}

/**
 * The tree under an organisation, or under one of its units: its units (by `parent`), its posts
 * (by `unit`) and, under an organisation, the agencies in its area (by `parent`), each again
 * with everything under it. The entries are indexed once, so each level is a lookup.
 */
export function orgTreeOf(entries: OrgEntries): (organization: string, unit?: string) => OrgLevel {
  const unitsIn = byPlace(entries.units, (entry) => [entry.data.organization, entry.data.parent]);
  const postsIn = byPlace(entries.positions, (entry) => [entry.data.organization, entry.data.unit]);
  const agenciesOf = byPlace(entries.organizations, (entry) => [entry.data.parent, undefined]);
  const levelOf = (organization: string, unit?: string): OrgLevel => ({
    units: unitsIn(organization, unit).map((child) => ({ id: child.id, below: levelOf(organization, child.id) })),
    posts: postsIn(organization, unit).map((post) => post.id),
    agencies: unit ? [] : agenciesOf(organization, undefined).map((agency) => ({ id: agency.id, below: levelOf(agency.id) })),
  });
  return levelOf;
}
