import { entryKey } from '../graph/build-graph.ts';
import { groupMentions, type Mention, type MentionRun } from '../graph/mentions.ts';
import type { CollectionKey } from '../model/collections.ts';
import { entryTitle } from '../site/titles.ts';
import { entryUrl } from '../site/urls.ts';
import { loadHandbook } from './handbook.ts';
import { checkedSnapshot } from './site.ts';

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

/**
 * The handbook's sentences that mention an entry, by chapter, as the process that checked the
 * handbook found them (its snapshot, src/build/make-snapshot.ts): the prose is read once per
 * build, beside Astro's start-up, and once per check in the dev server.
 */
export async function mentionsOf(collection: CollectionKey, id: string): Promise<MentionGroupView[]> {
  const { graph } = await loadHandbook();
  const mentions: Mention[] = checkedSnapshot().mentions[entryKey(collection, id)] ?? [];
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
