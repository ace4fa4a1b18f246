import type { Root } from 'mdast';
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

const ASCII_WHITE_SPACE = /^[ \t\r\n]*$/;

/** Whether trimming the body takes only blank lines before it and spaces, tabs and line ends after it. */
function trimsOnlyBlankLines(body: string): boolean {
  const start = body.length - body.trimStart().length;
  const before = body.slice(0, start);
  const after = body.slice(body.trimEnd().length);
  return ASCII_WHITE_SPACE.test(before) && ASCII_WHITE_SPACE.test(after) && (start === 0 || before.endsWith('\n'));
}

/**
 * The tree of a body as Astro's collections hold it (storedBody trims it). Without blank lines
 * before it and white space after it, a body has the same blocks with the same text, so the
 * check's own parse of it serves (parseProse keeps it). A body whose trimming takes more (the
 * indentation of its first line, or white space other than spaces, tabs and line ends) is parsed
 * again as stored.
 */
function storedTree(collection: CollectionKey, body: string | undefined): Root | undefined {
  return proseTreeOf({ collection, body: body !== undefined && trimsOnlyBlankLines(body) ? body : storedBody(body) });
}

/**
 * The sentences of the chapters and background pages that mention each entry, by its key. The
 * bodies are read as Astro's collections hold them (storedBody), so the checking process can
 * make them for the pages (src/build/make-snapshot.ts).
 */
export function handbookMentions(handbook: Handbook): Record<EntryKey, Mention[]> {
  const titleOf = titleLookup(handbook.graph);
  const sources = SOURCES.flatMap((collection) =>
    handbook.all(collection).flatMap((entry) => {
      const tree = storedTree(collection, entry.body);
      return tree ? [{ collection, id: entry.id, blocks: proseBlocks(tree, titleOf) }] : [];
    }),
  );
  return Object.fromEntries(findMentions(sources, mentionNames(COLLECTION_KEYS.flatMap((key) => handbook.all(key)))));
}
