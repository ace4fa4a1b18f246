import { sectionOfComponent } from '../prose/prose-blocks.ts';
import { proseTreeOf } from '../prose/prose-entry.ts';
import { entryTitle, titleLookup } from '../site/titles.ts';
import { entryUrl } from '../site/urls.ts';
import { loadHandbook } from './handbook.ts';

/** The MDX component that shows the scorecard in a chapter. */
const SCORECARD = 'Scorecard';

/** What S1 says around its scorecard table, with a link to that section. */
export interface ScorecardIntro {
  paragraphs: string[];
  href: string;
  place: string;
  chapter: string;
}

/** One area of the scorecard with its indicators, in the order of S1's table. */
export interface ScorecardRow {
  id: string;
  area: string;
  indicators: string[];
}

/** The areas of the scorecard, in the table's order. */
export async function scorecardRows(): Promise<ScorecardRow[]> {
  return (await loadHandbook()).all('scorecard').map(({ id, data }) => ({ id, area: data.area, indicators: data.indicators }));
}

/**
 * The paragraphs of the chapter section that shows the scorecard (S1 ptk 1.6), read from the
 * chapter itself so the scorecard page says what the version being read says, in its words.
 */
export async function scorecardIntro(): Promise<ScorecardIntro | undefined> {
  const { graph, all } = await loadHandbook();
  const titleOf = titleLookup(graph);
  for (const chapter of all('handbook')) {
    // A chapter that never writes the component's name cannot hold it: only the one that does is parsed.
    if (!chapter.body?.includes(SCORECARD)) continue;
    const tree = proseTreeOf(chapter);
    const section = tree && sectionOfComponent(tree, SCORECARD, titleOf);
    if (!section) continue;
    const href = entryUrl('handbook', chapter.id);
    const chapterTitle = entryTitle('handbook', chapter.id, chapter.data);
    return {
      paragraphs: section.blocks.map((block) => block.text.replace(/\s+/g, ' ').trim()),
      href: section.heading ? `${href}#${section.heading.slug}` : href,
      place: section.heading?.text ?? chapterTitle,
      chapter: chapterTitle,
    };
  }
  return undefined;
}
