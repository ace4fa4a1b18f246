import { join, relative, sep } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { findIrregular, inspectRoot, irregularKind, listFolder, type RootState } from './content-files.ts';
import { isEntryName, isIgnored, notARegularFile, type RawEntry, unexpectedFile, unreadable } from './entry-file.ts';
import { type EntryJob, readEntries, type ReadOptions } from './read-entries.ts';

export interface ContentTree {
  entries: RawEntry[];
  problems: Problem[];
}

function badRoot(displayRoot: string, state: Exclude<RootState, { ok: true }>): Problem {
  const hint = 'Kontrolli muutujat VAJS_CONTENT_DIR: see peab nimetama käsiraamatu sisu kausta (kus on näiteks kaust „processes“); määramata jäetuna loetakse projekti kausta „content“.';
  if ('code' in state) return unreadable(displayRoot, displayRoot, state.code, 'Kausta');
  const message = state.reason === 'missing' ? `Sisukausta „${displayRoot}“ ei ole olemas.` : `„${displayRoot}“ on fail, aga sisu peab olema kaust.`;
  return createProblem('InvalidContentRoot', { file: displayRoot, message, hint });
}

/** Names paths for messages: `file` under the displayed root, `inRoot` within the content root. */
interface Naming {
  file: (path: string) => string;
  inRoot: (path: string) => string;
}

function namingFor(root: string, displayRoot: string): Naming {
  const inRoot = (path: string) => relative(root, path).split(sep).join('/');
  return { inRoot, file: (path) => `${displayRoot}/${inRoot(path)}` };
}

/** A collection folder's items in name order: an entry file to read, or a problem found by looking. */
type ListedItem = { job: EntryJob } | { problem: Problem };

function listCollection(root: string, collection: CollectionKey, displayRoot: string): ListedItem[] {
  const naming = namingFor(root, displayRoot);
  const folder = join(root, COLLECTIONS[collection].folder);
  const listing = listFolder(folder);
  if (!listing.ok) {
    // ENOTDIR (a file in its place) and links are reported by readContentTree's look at the root.
    if (listing.code === 'ENOENT' || listing.code === 'ENOTDIR') return [];
    return [{ problem: unreadable(naming.file(folder), naming.inRoot(folder), listing.code, 'Kausta') }];
  }
  const items: ListedItem[] = [];
  for (const item of listing.items) {
    const name = item.name;
    if (isIgnored(name)) continue;
    // Links, pipes, sockets and devices are reported once, by the look at the whole tree.
    if (irregularKind(item)) continue;
    if (item.isDirectory() || !isEntryName(collection, name)) items.push({ problem: unexpectedFile(naming.file(join(folder, name)), name, collection) });
    else items.push({ job: { collection, name } });
  }
  return items;
}

/** Reads the entry files of listed items (all at once, so a large tree can use two threads), keeping their order. */
function readListed(root: string, items: readonly ListedItem[], displayRoot: string, options: ReadOptions = {}): ContentTree {
  const jobs = items.flatMap((item) => ('job' in item ? [item.job] : []));
  const reads = readEntries(root, jobs, displayRoot, options);
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  let next = 0;
  for (const item of items) {
    if ('problem' in item) {
      problems.push(item.problem);
      continue;
    }
    const read = reads[next++]!;
    if (read.ok) entries.push(read.entry);
    else problems.push(read.problem);
  }
  return { entries, problems };
}

/** Reads every entry of one collection folder; an absent folder is an empty collection. */
export function readCollection(root: string, collection: CollectionKey, displayRoot = 'content'): ContentTree {
  return readListed(root, listCollection(root, collection, displayRoot), displayRoot);
}

/**
 * Reads every entry file under the content root. `displayRoot` is how the root is shown in
 * messages (e.g. "content"), so messages stay the same wherever the repository is checked out.
 */
export function readContentTree(root: string, displayRoot = 'content', options: Pick<ReadOptions, 'prose' | 'parallel'> = {}): ContentTree {
  const state = inspectRoot(root);
  if (!state.ok) return { entries: [], problems: [badRoot(displayRoot, state)] };
  const naming = namingFor(root, displayRoot);
  const folders = new Set<string>(COLLECTION_KEYS.map((key) => COLLECTIONS[key].folder));
  const problems: Problem[] = [];

  // Anywhere in the tree, drafts included: a release copies the whole tree into the snapshot.
  for (const { path, kind } of findIrregular(root)) problems.push(notARegularFile(naming.file(join(root, path)), path, kind));

  const top = listFolder(root, { followLink: true });
  if (!top.ok) return { entries: [], problems: [unreadable(displayRoot, displayRoot, top.code, 'Kausta')] };
  for (const item of top.items) {
    const name = item.name;
    const path = join(root, name);
    if (isIgnored(name)) continue;
    if (item.isDirectory() && !folders.has(name)) {
      problems.push(
        createProblem('UnknownFolder', {
          file: naming.file(path) + '/',
          message: `Kaust „${name}“ ei ole ühegi kogu kaust, seega selles olevat sisu ei avaldata.`,
          hint: `Kogude kaustad on: ${[...folders].sort().join(', ')}.`,
        }),
      );
    } else if (item.isFile() && folders.has(name)) {
      problems.push(createProblem('UnexpectedFile', { file: naming.file(path), message: `„${name}“ on fail, aga kogumik peab olema kaust.`, hint: `Tee kaust „${name}“ ja pane kirjed sinna.` }));
    }
  }

  // Problems in the order of one collection after another, as each collection reads alone.
  const listed = COLLECTION_KEYS.map((collection) => listCollection(root, collection, displayRoot));
  const read = readListed(root, listed.flat(), displayRoot, options);
  return { entries: read.entries, problems: [...problems, ...read.problems] };
}
