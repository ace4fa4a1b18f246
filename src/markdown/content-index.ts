import { resolveContentRoot } from '../content-root.ts';
import { readContentTree } from '../loading/read-content.ts';
import type { GlossaryTerm } from '../model/glossary.ts';
import { entryTitle } from '../site/titles.ts';

/** What Markdown plugins need from the content: entry names and abbreviations. Read once per build. */
export interface ContentIndex {
  titles: Map<string, string>;
  abbreviations: { text: string; title: string }[];
}

let index: ContentIndex | undefined;

export function contentIndex(): ContentIndex {
  if (index) return index;
  const titles = new Map<string, string>();
  const abbreviations: ContentIndex['abbreviations'] = [];
  for (const entry of readContentTree(resolveContentRoot(process.cwd())).entries) {
    titles.set(`${entry.collection}/${entry.id}`, entryTitle(entry.collection, entry.id, entry.data));
    if (entry.collection !== 'glossary') continue;
    const term = entry.data as Partial<GlossaryTerm>;
    if (!term.term || !term.expansion) continue;
    for (const text of [term.term, ...(term.variants ?? [])]) abbreviations.push({ text, title: term.expansion });
  }
  index = { titles, abbreviations };
  return index;
}
