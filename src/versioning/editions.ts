import { COLLECTIONS, COLLECTION_KEYS } from '../model/collections.ts';
import type { Manifest } from './manifest.ts';
import { standingText } from './standing.ts';

/** Where superseded versions live: /versioonid/<n>/…; the version in force has the plain URLs. */
export const VERSIONS_URL_SEGMENT = 'versioonid';

export interface VersionSummary {
  version: number;
  directive: Manifest['directive'];
  author: string;
  notes: string[];
  /** The URL prefix of the version: "/" for the one in force. */
  base: string;
  /** "collection/id" of every entry the version has. */
  entries: ReadonlySet<string>;
}

/**
 * Which handbook a build renders. `published`: a frozen version (the one in force at the plain
 * URLs, or a superseded one under its prefix); `draft`: the working copy for the quality manager;
 * `single`: one content tree without versions (a fixture, a generated handbook).
 */
export type Edition =
  | { kind: 'published'; version: number; inForce: number; base: string; versions: VersionSummary[] }
  | { kind: 'draft'; base: '/'; inForce: number | undefined; versions: VersionSummary[] }
  | { kind: 'single'; base: '/'; inForce: undefined; versions: [] };

export function versionBase(version: number, inForce: number): string {
  return version === inForce ? '/' : `/${VERSIONS_URL_SEGMENT}/${version}/`;
}

/** The entries a manifest's files hold: "processes/p15.yaml" → "processes/p15". */
export function entriesOf(manifest: Pick<Manifest, 'files'>): Set<string> {
  const entries = new Set<string>();
  for (const path of Object.keys(manifest.files)) {
    const [folder, file] = path.split('/');
    const collection = COLLECTION_KEYS.find((key) => COLLECTIONS[key].folder === folder);
    if (collection && file && !file.startsWith('_')) entries.add(`${collection}/${file.replace(/\.[^.]+$/, '')}`);
  }
  return entries;
}

export function summarize(manifests: readonly Manifest[]): VersionSummary[] {
  const inForce = Math.max(...manifests.map((manifest) => manifest.version));
  return [...manifests]
    .sort((a, b) => b.version - a.version)
    .map((manifest) => ({
      version: manifest.version,
      directive: manifest.directive,
      author: manifest.author,
      notes: manifest.notes,
      base: versionBase(manifest.version, inForce),
      entries: entriesOf(manifest),
    }));
}

/** The entry an entry page shows, from its path: "/protsessid/p15/" → "processes/p15". */
export function entryOfPath(path: string): string | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/$/.exec(path);
  if (!match) return undefined;
  const collection = COLLECTION_KEYS.find((key) => COLLECTIONS[key].urlSegment === match[1]);
  return collection ? `${collection}/${match[2]}` : undefined;
}

/**
 * The same page in another version, or that version's home when it lacks the entry: `path` is
 * the page's path without any version prefix.
 */
export function pathInVersion(path: string, target: VersionSummary): string {
  const entry = entryOfPath(path);
  if (entry && !target.entries.has(entry)) return target.base;
  return `${target.base}${path.replace(/^\//, '')}`;
}

/** How a page names the standing of the document it shows: in force, superseded, or a draft. */
export function standingOf(edition: Edition): string {
  if (edition.kind === 'draft') return 'Kinnitamata eelnõu';
  if (edition.kind === 'published') return standingText(edition.version, edition.inForce, 'label');
  return 'Kehtiv versioon';
}
