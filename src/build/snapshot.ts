import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Edge, EntryKey } from '../graph/build-graph.ts';
import type { Mention } from '../graph/mentions.ts';
import type { HealthReport } from '../health/content-health.ts';
import type { ReviewSchedule } from '../reviews/schedule.ts';
import type { SearchFacets } from '../site/search-facets.ts';
import type { CollectionKey } from '../model/collections.ts';

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
 * The handbook as one check saw it: the entries it read, the references it resolved, the problems
 * it found, what the desk makes of them, each entry page's search facets and the sentences of the
 * prose that mention it (made by make-snapshot.ts, which only the checking process loads). The
 * process that checks (scripts/build.ts, or the integration of a plain `astro build`) writes it
 * once; the content loader, the pages and the Markdown plugins of the build read it instead of
 * reading and checking the files again.
 */
export interface HandbookSnapshot {
  contentRoot: string;
  entries: SnapshotEntry[];
  /** By entry key, the references the entry makes, as the check resolved them: the pages' graph is made of them (linkedGraph). */
  references: Record<EntryKey, Edge[]>;
  desk: Desk;
  /** By entry key: the checking process makes them beside Astro's start-up, not the pages while they render. */
  facets: Record<EntryKey, SearchFacets>;
  /** By entry key, the sentences of the prose that mention the entry: made beside Astro's start-up too. */
  mentions: Record<EntryKey, Mention[]>;
}

/** Writes the snapshot whole or not at all: a reader never finds half of it. */
export function writeSnapshot(file: string, snapshot: HandbookSnapshot): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, JSON.stringify(snapshot));
  renameSync(partial, file);
}

// Process-wide, not module-wide: the Astro process holds this module three times (its
// configuration, the content config in Vite's module runner, the pages' bundle), and each
// would parse the same file again.
const READ = Symbol.for('vajs.readSnapshot');
type ReadSnapshots = Map<string, { version: string; snapshot: HandbookSnapshot }>;

/**
 * The snapshot in the file, parsed once per process for every reader and again only when the
 * file has been written since (each write is a new file: writeSnapshot renames one into place).
 * Readers share it, so none may change it.
 */
export function readSnapshot(file: string): HandbookSnapshot {
  const read = ((globalThis as { [READ]?: ReadSnapshots })[READ] ??= new Map());
  const { ino, mtimeMs, size } = statSync(file);
  const version = `${ino} ${mtimeMs} ${size}`;
  const known = read.get(file);
  if (known?.version === version) return known.snapshot;
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as HandbookSnapshot;
  read.set(file, { version, snapshot });
  return snapshot;
}

/** Removes the snapshot file when this process ends: it describes one build only. */
export function removeAtExit(file: string): void {
  process.on('exit', () => rmSync(file, { force: true }));
}
