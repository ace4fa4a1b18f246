import type { CollectionKey } from '../model/collections.ts';

/** A list of entries a post answers for, under a heading that says what the post does with them. */
export interface Responsibility {
  id: string;
  heading: string;
  keys: string[];
}

/**
 * What a post owns or leads, by kind of entry: the graph names both a process's and an
 * initiative's owner "owns", and a support service's and a policy area's lead "leads"; a reader
 * wants "Protsessid, mille omanik see ametikoht on", not "Omab".
 */
const HEADINGS: { inverse: string; collection: CollectionKey; id: string; heading: string }[] = [
  { inverse: 'owns', collection: 'processes', id: 'protsessid', heading: 'Protsessid, mille omanik see ametikoht on' },
  { inverse: 'leads', collection: 'supportServices', id: 'tugiteenused', heading: 'Tugiteenused, mida see ametikoht juhib' },
  { inverse: 'leads', collection: 'policyAreas', id: 'poliitikavaldkonnad', heading: 'Poliitikavaldkonnad, mida see ametikoht juhib' },
  { inverse: 'owns', collection: 'initiatives', id: 'algatused', heading: 'Algatused, mida see ametikoht juhib' },
];

/** The inverse relations `responsibilitiesOf` shows, for the page to leave out of its backlinks. */
export const RESPONSIBILITY_RELATIONS = [...new Set(HEADINGS.map((entry) => entry.inverse))];

/** Groups the post's incoming owner and lead edges ("collection/id" keys) under their headings, empty groups left out. */
export function responsibilitiesOf(edges: readonly { from: string; inverse: string }[]): Responsibility[] {
  return HEADINGS.map(({ inverse, collection, id, heading }) => ({
    id,
    heading,
    keys: [...new Set(edges.filter((edge) => edge.inverse === inverse && edge.from.startsWith(`${collection}/`)).map((edge) => edge.from))],
  })).filter((group) => group.keys.length > 0);
}

/**
 * What stands before item `index` of `count` in a series read out as Estonian does: "A, B või C".
 * The job description lists the substitutes of a post with "või": one of them substitutes.
 */
export function seriesSeparator(index: number, count: number, conjunction: string): string {
  if (index === 0) return '';
  return index === count - 1 ? ` ${conjunction} ` : ', ';
}
