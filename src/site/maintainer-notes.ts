import type { CollectionKey } from '../model/collections.ts';

/**
 * All these helpers ask of an edition (versioning/editions.ts `Edition`): its kind, of which only
 * "published" hides the notes. Named by shape, so these page helpers stay below versioning/.
 */
interface EditionKind {
  readonly kind: string;
}

/**
 * Which fields of an entry are the transcriber's or maintainer's notes (why a value was read as
 * it was, what the sources leave open), as opposed to facts the sources state. Every collection's
 * top-level `note` is one (model/fields.ts `sourceNote`); so is the note on each earlier document
 * a document replaced. A body participant's `note` ("2x kuus (I ja III T)") is the source's own
 * condition and is not listed here.
 */
const NOTE_PATHS: readonly string[] = ['note'];
const NOTE_PATHS_BY_COLLECTION: Partial<Record<CollectionKey, readonly string[]>> = { documents: ['replaces[].note'] };

/** Whether the field at `path` ("note", "replaces[].note") of an entry of `collection` is a maintainer's note. */
export function isMaintainerNotePath(collection: CollectionKey, path: string): boolean {
  return NOTE_PATHS.includes(path) || (NOTE_PATHS_BY_COLLECTION[collection]?.includes(path) ?? false);
}

/**
 * Whether this edition shows maintainers' notes: the draft preview and the dev server do, a
 * published version an employee reads never does.
 */
export function showsMaintainerNotes(edition: EditionKind): boolean {
  return edition.kind !== 'published';
}

/** One note of an entry, with where it sits: "" for the entry itself, or e.g. "S01 versioon 2". */
export interface EntryNote {
  about: string;
  text: string;
}

/** Every maintainer's note an entry's data holds, in the order the fields come. */
export function notesOf(collection: CollectionKey, data: Record<string, unknown>): EntryNote[] {
  const notes: EntryNote[] = [];
  if (typeof data.note === 'string' && data.note.trim()) notes.push({ about: '', text: data.note.trim() });
  if (collection === 'documents' && Array.isArray(data.replaces)) {
    for (const earlier of data.replaces as Record<string, unknown>[]) {
      if (typeof earlier.note === 'string' && earlier.note.trim()) notes.push({ about: `${String(earlier.designation)} versioon ${String(earlier.version)}`, text: earlier.note.trim() });
    }
  }
  return notes;
}

/** An entry with its notes, for the quality manager's list of notes. */
export interface NotedEntry {
  collection: CollectionKey;
  id: string;
  notes: EntryNote[];
}

/** Every entry that holds a maintainer's note, grouped by collection in the order given, entries in their given order. */
export function notedEntries(entries: readonly { collection: CollectionKey; id: string; data: Record<string, unknown> }[]): Map<CollectionKey, NotedEntry[]> {
  const groups = new Map<CollectionKey, NotedEntry[]>();
  for (const { collection, id, data } of entries) {
    const notes = notesOf(collection, data);
    if (notes.length === 0) continue;
    const group = groups.get(collection) ?? [];
    group.push({ collection, id, notes });
    groups.set(collection, group);
  }
  return groups;
}

/**
 * The changes between versions a reader is shown: a change of a maintainer's note alone is the
 * quality manager's business, so a published version leaves it out of its list of changes.
 */
export function changesForReaders<T extends { kind: string; collection: CollectionKey; field?: string }>(changes: readonly T[], edition: EditionKind): T[] {
  if (showsMaintainerNotes(edition)) return [...changes];
  return changes.filter((change) => !(change.kind === 'field' && change.field !== undefined && isMaintainerNotePath(change.collection, change.field)));
}

/**
 * Notes a list page makes about its whole list rather than one entry, kept here so that the page
 * shows them through MaintainerNote and the quality manager's list of notes names them too.
 */
export const PAGE_NOTES = {
  policyTaxonomy: {
    path: '/poliitikavaldkonnad/',
    title: 'Poliitikavaldkonnad',
    text: 'Lähteslaidi kolmeveeruline joonis on tekstiks lamenenud; mõne valdkonna rühm on valitud tõenäoseima lugemise järgi ja see on märgitud valdkonna lehel.',
  },
} as const satisfies Record<string, { path: string; title: string; text: string }>;
