import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CheckResult } from '../check/check-content.ts';
import type { Problem } from '../errors/problem.ts';
import { buildHealthReport, type HealthReport } from '../health/content-health.ts';
import { listReviewSubjects, type ReviewSchedule, scheduleReviews } from '../reviews/schedule.ts';
import type { EntryKey } from '../graph/build-graph.ts';
import { handbookOf } from '../graph/entry-index.ts';
import type { CollectionKey } from '../model/collections.ts';
import { handbookFacets, type SearchFacets } from '../site/search-facets.ts';

/** One entry as read from its file, before Astro's schema parses it: what the content loader stores. */
export interface SnapshotEntry {
  collection: CollectionKey;
  id: string;
  /** As shown in messages, e.g. "content/processes/p15.yaml". */
  file: string;
  data: Record<string, unknown>;
  body?: string;
}

/** The quality manager's pages: the content-health report and the review schedule as of the build day. */
export interface Desk {
  today: string;
  report: HealthReport;
  schedule: ReviewSchedule;
}

/**
 * The handbook as one check saw it: the entries it read, the problems it found, what the desk
 * makes of them and each entry page's search facets. The process that checks (scripts/build.ts,
 * or the integration of a plain `astro build`) writes it once; the content loader, the pages and
 * the Markdown plugins of the build read it instead of reading and checking the files again.
 */
export interface HandbookSnapshot {
  contentRoot: string;
  entries: SnapshotEntry[];
  desk: Desk;
  /** By entry key: the checking process makes them beside Astro's start-up, not the pages while they render. */
  facets: Record<EntryKey, SearchFacets>;
}

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
  const entries: SnapshotEntry[] = (result.read ?? result.entries).map(({ collection, id, file, data, body }) => ({ collection, id, file, data, ...(body === undefined ? {} : { body }) }));
  return {
    contentRoot,
    entries,
    desk: { today, report: buildHealthReport(deskResult, today), schedule: scheduleReviews(listReviewSubjects(deskResult.entries), today) },
    facets: handbookFacets(handbookOf(result.graph, result.entries)),
  };
}

/** Writes the snapshot whole or not at all: a reader never finds half of it. */
export function writeSnapshot(file: string, snapshot: HandbookSnapshot): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, file);
}

export function readSnapshot(file: string): HandbookSnapshot {
  return JSON.parse(readFileSync(file, 'utf8')) as HandbookSnapshot;
}

/** Removes the snapshot file when this process ends: it describes one build only. */
export function removeAtExit(file: string): void {
  process.on('exit', () => rmSync(file, { force: true }));
}
