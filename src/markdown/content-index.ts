import type { GlossaryTerm } from '../model/glossary.ts';
import type { CollectionKey } from '../model/collections.ts';
import { entryTitle } from '../site/titles.ts';

/** What Markdown plugins need from the content: entry names and abbreviations. */
export interface ContentIndex {
  titles: Map<string, string>;
  abbreviations: { text: string; title: string }[];
}

/** The index of a build's entries (its checked snapshot, src/build/snapshot.ts). */
export function contentIndexOf(entries: Iterable<{ collection: CollectionKey; id: string; data: Record<string, unknown> }>): ContentIndex {
  const titles = new Map<string, string>();
  const abbreviations: ContentIndex['abbreviations'] = [];
  for (const entry of entries) {
    titles.set(`${entry.collection}/${entry.id}`, entryTitle(entry.collection, entry.id, entry.data));
    if (entry.collection !== 'glossary') continue;
    const term = entry.data as Partial<GlossaryTerm>;
    if (!term.term || !term.expansion) continue;
    for (const text of [term.term, ...(term.variants ?? [])]) abbreviations.push({ text, title: term.expansion });
  }
  return { titles, abbreviations };
}
