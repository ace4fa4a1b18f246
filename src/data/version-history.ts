import { join } from 'node:path';
import { readContentTree } from '../loading/read-content.ts';
import { currentEdition } from './current-edition.ts';
import { madeFromSnapshot, siteOptions } from './site.ts';
import { diffVersions, type Change, type VersionEntry } from '../versioning/diff-versions.ts';
import type { VersionSummary } from '../versioning/editions.ts';

/** One step of the history: a published version (or the draft) and what changed since the one before. */
export interface HistoryStep {
  /** The version number, or undefined for the unapproved draft. */
  version: number | undefined;
  summary: VersionSummary | undefined;
  /** The version compared against; undefined for the first. */
  previous: number | undefined;
  changes: Change[];
}

function readEntries(contentRoot: string): VersionEntry[] {
  return readContentTree(contentRoot).entries.map(({ collection, id, data, body }) => ({ collection, id, data, body }));
}

/**
 * What changed from version to version, newest first, as far as this edition knows: a published
 * version sees the versions up to itself; the draft sees itself against the version in force.
 * Computed once per build from the frozen snapshots.
 */
export const versionHistory: () => HistoryStep[] = madeFromSnapshot((snapshot) => {
  const edition = currentEdition();
  const { versionsRoot } = siteOptions();
  const upTo = edition.kind === 'published' ? edition.version : Number.POSITIVE_INFINITY;
  const known = [...edition.versions].filter((item) => item.version <= upTo).sort((a, b) => a.version - b.version);
  // The version rendered is the content this build checked: its snapshot holds it already.
  const own = (version: number) => (edition.kind === 'published' && edition.version === version ? snapshot.entries : readEntries(join(versionsRoot, String(version), 'content')));
  const entries = new Map(known.map((item) => [item.version, own(item.version)]));
  const steps: HistoryStep[] = known.map((item, index) => {
    const previous = known[index - 1];
    return {
      version: item.version,
      summary: item,
      previous: previous?.version,
      changes: previous ? diffVersions(entries.get(previous.version)!, entries.get(item.version)!) : [],
    };
  });
  if (edition.kind === 'draft') {
    const last = known.at(-1);
    // The draft is the content this build checked: its snapshot holds it already.
    const draft = snapshot.entries;
    steps.push({ version: undefined, summary: undefined, previous: last?.version, changes: last ? diffVersions(entries.get(last.version)!, draft) : [] });
  }
  return steps.reverse();
});

/** The versions in which an entry changed (added, renamed, edited), newest first. */
export function versionsChanging(collection: string, id: string): HistoryStep[] {
  return versionHistory().filter((step) => step.previous !== undefined && step.changes.some((change) => change.collection === collection && change.id === id));
}
