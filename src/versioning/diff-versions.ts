import { COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { REFERENCE_FIELDS } from '../model/references.ts';
import { formatDirective } from '../site/format.ts';
import { FIELD_LABELS } from '../site/labels.ts';
import { entryTitle } from '../site/titles.ts';
import { plural } from '../text/plural.ts';
import { diffProse, type WordRun } from './word-diff.ts';

/** An entry of one version, as the diff needs it. */
export interface VersionEntry {
  collection: CollectionKey;
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

interface ChangeBase {
  collection: CollectionKey;
  id: string;
  /** The entry's name in the newer version (the older one for a removed entry). */
  title: string;
  /** A process's code, which readers use as its short name ("P13 omanik: …"). */
  code?: string | undefined;
}

export type Change =
  | (ChangeBase & { kind: 'added' | 'removed' })
  | (ChangeBase & { kind: 'renamed'; before: string })
  | (ChangeBase & { kind: 'field'; field: string; label: string; before: string; after: string })
  | (ChangeBase & { kind: 'prose'; paragraphs: WordRun[][] });

/** Fields whose change says nothing to a reader: the order of rows. */
const IGNORED_FIELDS = new Set(['order']);
const EMPTY = '(puudub)';

type Index = Map<string, VersionEntry>;
const keyOf = (collection: string, id: string) => `${collection}/${id}`;

function titleIn(index: Index, collection: CollectionKey, id: string): string {
  const entry = index.get(keyOf(collection, id));
  return entry ? entryTitle(collection, id, entry.data) : id;
}

/** A field's value as a reader would write it: names for references, the source's words for a frequency. */
function describe(value: unknown, index: Index, target: CollectionKey | undefined): string {
  if (value === undefined || value === null || value === '') return EMPTY;
  if (target && typeof value === 'string') return titleIn(index, target, value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'jah' : 'ei';
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((item) => describe(item, index, target)).join('; ');
  const record = value as Record<string, unknown>;
  if (typeof record.asWritten === 'string') return record.asWritten;
  if ('number' in record && 'date' in record) return formatDirective(record as { date?: string; number?: string });
  const named = record.name ?? record.term ?? record.code ?? record.heading;
  if (typeof named === 'string') return named;
  return Object.entries(record).map(([key, item]) => `${FIELD_LABELS[key] ?? key}: ${describe(item, index, undefined)}`).join(', ');
}

function referenceTarget(collection: CollectionKey, field: string): CollectionKey | undefined {
  return REFERENCE_FIELDS.find((reference) => reference.from === collection && reference.path.replace(/\[\]$/, '') === field)?.to;
}

const canonical = (value: unknown) => JSON.stringify(value ?? null);

/**
 * What changed between two versions, as a reader would say it: entries added and removed,
 * entries renamed, fields changed with their old and new value ("P13 omanik: X → Y"), and prose
 * changed word by word. Entries are the same entry when they have the same id.
 */
export function diffVersions(before: readonly VersionEntry[], after: readonly VersionEntry[]): Change[] {
  const old: Index = new Map(before.map((entry) => [keyOf(entry.collection, entry.id), entry]));
  const now: Index = new Map(after.map((entry) => [keyOf(entry.collection, entry.id), entry]));
  const changes: Change[] = [];
  for (const entry of after) {
    const previous = old.get(keyOf(entry.collection, entry.id));
    const title = entryTitle(entry.collection, entry.id, entry.data);
    const base = { collection: entry.collection, id: entry.id, title, code: typeof entry.data.code === 'string' && entry.collection === 'processes' ? entry.data.code : undefined };
    if (!previous) {
      changes.push({ ...base, kind: 'added' });
      continue;
    }
    const previousTitle = entryTitle(entry.collection, entry.id, previous.data);
    if (previousTitle !== title) changes.push({ ...base, kind: 'renamed', before: previousTitle });
    const fields = [...new Set([...Object.keys(previous.data), ...Object.keys(entry.data)])].sort();
    for (const field of fields) {
      if (IGNORED_FIELDS.has(field) || canonical(previous.data[field]) === canonical(entry.data[field])) continue;
      const target = referenceTarget(entry.collection, field);
      const beforeText = describe(previous.data[field], old, target);
      const afterText = describe(entry.data[field], now, target);
      // A rename shows once, not again as a change of its name field.
      if (previousTitle !== title && field === COLLECTIONS[entry.collection].titleField) continue;
      changes.push({ ...base, kind: 'field', field, label: FIELD_LABELS[field] ?? field, before: beforeText, after: afterText });
    }
    const paragraphs = diffProse(previous.body ?? '', entry.body ?? '');
    if (paragraphs.length > 0) changes.push({ ...base, kind: 'prose', paragraphs });
  }
  for (const entry of before) {
    if (!now.has(keyOf(entry.collection, entry.id))) changes.push({ collection: entry.collection, id: entry.id, title: entryTitle(entry.collection, entry.id, entry.data), kind: 'removed' });
  }
  return changes;
}

/** One line of a change, in Estonian, e.g. "P13 Kriisireguleerimise protsess omanik: X → Y". */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'added':
      return `${change.title}: lisatud`;
    case 'removed':
      return `${change.title}: eemaldatud`;
    case 'renamed':
      return `${change.before} → ${change.title}: nimi muudetud`;
    case 'field':
      return `${change.code ?? change.title} ${change.label.toLocaleLowerCase('et')}: ${change.before} → ${change.after}`;
    case 'prose':
      return `${change.title}: tekst muudetud (${plural(change.paragraphs.length, 'lõik', 'lõiku')})`;
  }
}
