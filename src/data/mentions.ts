import { type EntryKey, entryKey } from '../graph/build-graph.ts';
import { mentionNames } from '../graph/mention-names.ts';
import { findMentions, groupMentions, type Mention, type MentionRun } from '../graph/mentions.ts';
import { COLLECTION_KEYS, type CollectionKey } from '../model/collections.ts';
import { proseBlocks } from '../prose/prose-blocks.ts';
import { proseTreeOf } from '../prose/prose-entry.ts';
import { entryTitle, titleLookup } from '../site/titles.ts';
import { entryUrl } from '../site/urls.ts';
import { loadHandbook } from './handbook.ts';

/** The prose read for mentions, in reading order: the chapters of S1, then the background pages. */
const SOURCES = ['handbook', 'pages'] as const satisfies readonly CollectionKey[];

/** How many sentences of one chapter show at once; the rest open under "ja veel N mainimist". */
const SHOWN_PER_CHAPTER = 4;

/** One sentence as the page shows it: its words, and a link to the heading it stands under. */
export interface MentionView {
  runs: MentionRun[];
  href: string;
  place: string;
}

/** The sentences of one chapter or page that mention the entry. */
export interface MentionGroupView {
  title: string;
  href: string;
  shown: MentionView[];
  more: MentionView[];
}

let found: Promise<Map<EntryKey, Mention[]>> | undefined;

async function findAll(): Promise<Map<EntryKey, Mention[]>> {
  const { graph, all } = await loadHandbook();
  const titleOf = titleLookup(graph);
  const sources = SOURCES.flatMap((collection) =>
    all(collection).flatMap((entry) => {
      const tree = proseTreeOf(entry);
      return tree ? [{ collection, id: entry.id, blocks: proseBlocks(tree, titleOf) }] : [];
    }),
  );
  return findMentions(sources, mentionNames(COLLECTION_KEYS.flatMap((key) => all(key))));
}

/** The handbook's sentences that mention an entry, by chapter; the prose is read once per build. */
export async function mentionsOf(collection: CollectionKey, id: string): Promise<MentionGroupView[]> {
  found ??= findAll();
  const { graph } = await loadHandbook();
  const mentions = (await found).get(entryKey(collection, id)) ?? [];
  return groupMentions(mentions, SHOWN_PER_CHAPTER).map((group) => {
    const { collection: sourceCollection, id: sourceId } = group.source;
    const title = entryTitle(sourceCollection, sourceId, graph.get(sourceCollection, sourceId)?.data ?? {});
    const href = entryUrl(sourceCollection, sourceId);
    const view = (mention: Mention): MentionView => ({
      runs: mention.runs,
      href: mention.heading ? `${href}#${mention.heading.slug}` : href,
      place: mention.heading?.text ?? (sourceCollection === 'handbook' ? 'Peatüki algus' : 'Lehe algus'),
    });
    return { title, href, shown: group.shown.map(view), more: group.more.map(view) };
  });
}
