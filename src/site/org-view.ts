import { capitalise } from './format.ts';

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
