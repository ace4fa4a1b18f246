import type { CheckResult } from '../check/check-content.ts';
import type { Problem } from '../errors/problem.ts';
import { referencesOf } from '../graph/build-graph.ts';
import { handbookOf } from '../graph/entry-index.ts';
import { buildHealthReport } from '../health/content-health.ts';
import { listReviewSubjects, scheduleReviews } from '../reviews/schedule.ts';
import { handbookMentions } from '../site/handbook-mentions.ts';
import { handbookFacets } from '../site/search-facets.ts';
import type { HandbookSnapshot, SnapshotEntry } from './snapshot.ts';

/**
 * Files named as the quality manager edits them, in content/, even when the build renders a
 * published snapshot or a fixture: a snapshot is never edited, the next version is made in content/.
 */
function asInContent<T extends { file: string }>(item: T, displayRoot: string): T {
  return displayRoot !== 'content' && item.file.startsWith(`${displayRoot}/`) ? { ...item, file: `content/${item.file.slice(displayRoot.length + 1)}` } : item;
}

/** The snapshot of a checked content tree; `displayRoot` is how the check named the root in its problems. */
export function snapshotOf(contentRoot: string, result: CheckResult, displayRoot: string, today: string): HandbookSnapshot {
  const deskResult = {
    ...result,
    entries: result.entries.map((entry) => asInContent(entry, displayRoot)),
    problems: result.problems.map((problem: Problem) => asInContent(problem, displayRoot)),
  };
  const handbook = handbookOf(result.graph, result.entries);
  const entries: SnapshotEntry[] = (result.read ?? result.entries).map(({ collection, id, file, data, body }) => ({ collection, id, file, data, ...(body === undefined ? {} : { body }) }));
  return {
    contentRoot,
    entries,
    references: referencesOf(result.graph, result.entries),
    desk: { today, report: buildHealthReport(deskResult, today), schedule: scheduleReviews(listReviewSubjects(deskResult.entries), today) },
    facets: handbookFacets(handbook),
    mentions: handbookMentions(handbook),
  };
}

