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
    // As read, before the schema parsed it (the check has judged it by then): each field is taken for what it is.
    const { term, expansion, variants } = entry.data;
    if (typeof term !== 'string' || typeof expansion !== 'string' || !term || !expansion) continue;
    const forms = Array.isArray(variants) ? variants.filter((variant) => typeof variant === 'string') : [];
    for (const text of [term, ...forms]) abbreviations.push({ text, title: expansion });
  }
  return { titles, abbreviations };
}
