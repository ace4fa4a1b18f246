import type { EntryKey } from '../graph/build-graph.ts';
import type { Handbook } from '../graph/entry-index.ts';
import { mentionNames } from '../graph/mention-names.ts';
import { findMentions, type Mention } from '../graph/mentions.ts';
import { COLLECTION_KEYS, type CollectionKey } from '../model/collections.ts';
import { proseBlocks } from '../prose/prose-blocks.ts';
import { storedBody } from '../loading/handbook-loader.ts';
import { proseTreeOf } from '../prose/prose-entry.ts';
import { titleLookup } from './titles.ts';

/** The prose read for mentions, in reading order: the chapters of S1, then the background pages. */
const SOURCES = ['handbook', 'pages'] as const satisfies readonly CollectionKey[];

/**
 * The sentences of the chapters and background pages that mention each entry, by its key. The
 * bodies are read as Astro's collections hold them (storedBody), so the checking process can
 * make them for the pages (src/build/make-snapshot.ts).
 */
export function handbookMentions(handbook: Handbook): Record<EntryKey, Mention[]> {
  const titleOf = titleLookup(handbook.graph);
  const sources = SOURCES.flatMap((collection) =>
    handbook.all(collection).flatMap((entry) => {
      const tree = proseTreeOf({ collection, body: storedBody(entry.body) });
      return tree ? [{ collection, id: entry.id, blocks: proseBlocks(tree, titleOf) }] : [];
    }),
  );
  return Object.fromEntries(findMentions(sources, mentionNames(COLLECTION_KEYS.flatMap((key) => handbook.all(key)))));
}
