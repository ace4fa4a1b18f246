import type { Root } from 'mdast';
import { type CollectionKey, COLLECTIONS } from '../model/collections.ts';
import { parseProse } from './parse-prose.ts';

/** The least a rule needs of an entry to read its prose. */
export interface ProseEntry {
  collection: CollectionKey;
  body?: string | undefined;
}

/** The parsed body of an entry, or undefined when it has none or it cannot be parsed. */
export function proseTreeOf(entry: ProseEntry): Root | undefined {
  return entry.body === undefined ? undefined : parseProse(entry.body, COLLECTIONS[entry.collection].format);
}

/** How messages name the place of a problem: a chapter of the handbook or the text of a page. */
export function proseSubject(entry: ProseEntry): string {
  return COLLECTIONS[entry.collection].format === 'mdx' ? 'Peatükis' : 'Tekstis';
}

/** A construct as a message quotes it: on one line and short enough to read. */
export function shorten(text: string, limit = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= limit ? line : `${line.slice(0, limit - 1)}…`;
}
