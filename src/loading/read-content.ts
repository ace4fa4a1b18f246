import { join, relative, sep } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, extensionOf } from '../model/collections.ts';
import { SLUG_PATTERN } from '../model/fields.ts';
import { findIrregular, inspectRoot, type IrregularKind, irregularKind, listFolder, readRegularFile, type RootState } from './content-files.ts';
import { fileTooLarge, MAX_ENTRY_BYTES, parseEntryFile, type ParsedEntry } from './read-entry.ts';

/** One entry file as read from disk, before its shape is checked. */
export interface RawEntry extends ParsedEntry {
  collection: CollectionKey;
  id: string;
  /** Path shown to authors, relative to the working directory's view of the content root. */
  file: string;
}

export interface ContentTree {
  entries: RawEntry[];
  problems: Problem[];
}

/** Turns "Põhiprotsess P15.yaml" into "pohiprotsess-p15": the suggestion for a bad file name. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function isIgnored(name: string): boolean {
  // Same convention as Astro's glob loader: "_draft.yaml" and dotfiles are not entries.
  return name.startsWith('_') || name.startsWith('.');
}

/** Is this file name one the handbook loads as an entry of the collection (a draft is not)? */
export function isEntryName(collection: CollectionKey, name: string): boolean {
  return !isIgnored(name) && name.endsWith(extensionOf(collection));
}

const IRREGULAR: Record<IrregularKind, { what: string; hint: string }> = {
  symlink: { what: 'sümbollink', hint: 'Asenda link faili enda sisuga.' },
  fifo: { what: 'nimega toru (FIFO)', hint: 'Kustuta toru ja kirjuta kirje tavalisse faili.' },
  socket: { what: 'sokkel', hint: 'Kustuta see: sisukaustas on ainult tavalised failid ja kaustad.' },
  device: { what: 'seadmefail', hint: 'Kustuta see: sisukaustas on ainult tavalised failid ja kaustad.' },
};

function notARegularFile(file: string, shownInRoot: string, kind: IrregularKind): Problem {
  return createProblem('NotARegularFile', {
    file,
    message: `„${shownInRoot}“ on ${IRREGULAR[kind].what}; käsiraamat loeb ainult tavalisi faile.`,
    hint: IRREGULAR[kind].hint,
  });
}

function unreadable(file: string, shownInRoot: string, code: string, what: 'Faili' | 'Kausta'): Problem {
  const hint =
    code === 'EACCES' || code === 'EPERM'
      ? 'Anna käsiraamatu kasutajale lugemise õigus või kopeeri sisu uuesti.'
      : code === 'ENOENT'
        ? 'See kadus lugemise ajal; käivita kontroll uuesti, kui failide kopeerimine on lõppenud.'
        : 'Kontrolli, et see on tavaline loetav fail, ja käivita kontroll uuesti.';
  return createProblem('UnreadableFile', { file, message: `${what} „${shownInRoot}“ ei õnnestunud lugeda (${code}).`, hint });
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

export type EntryRead = { ok: true; entry: RawEntry } | { ok: false; problem: Problem };

/** Reads one entry file (a name for which isEntryName holds) of a collection folder. */
export function readEntryFile(root: string, collection: CollectionKey, name: string, displayRoot = 'content'): EntryRead {
  const naming = namingFor(root, displayRoot);
  const path = join(root, COLLECTIONS[collection].folder, name);
  // Named without path.relative, which costs more than reading a small file: the path is known.
  const file = `${displayRoot}/${COLLECTIONS[collection].folder}/${name}`;
  const extension = extensionOf(collection);
  const id = name.slice(0, -extension.length);
  if (!SLUG_PATTERN.test(id)) {
    return {
      ok: false,
      problem: createProblem('InvalidFileName', {
        file,
        message: `Failinimi „${id}“ ei sobi id-ks: id koosneb väikestest ladina tähtedest ja numbritest, sõnade vahel on „-“ (id-st saab lehe aadress).`,
        hint: `Nimeta fail ümber: „${slugify(id) || 'mingi-nimi'}${extension}“.`,
      }),
    };
  }
  const read = readRegularFile(path, MAX_ENTRY_BYTES);
  if (!read.ok) {
    if ('size' in read) return { ok: false, problem: fileTooLarge(file, read.size) };
    if ('code' in read) return { ok: false, problem: unreadable(file, naming.inRoot(path), read.code, 'Faili') };
    if (read.kind === 'folder') return { ok: false, problem: unexpectedFile(file, name, collection) };
    return { ok: false, problem: notARegularFile(file, naming.inRoot(path), read.kind) };
  }
  const outcome = parseEntryFile(read.bytes, file, COLLECTIONS[collection].format);
  return outcome.ok ? { ok: true, entry: { ...outcome.entry, collection, id, file } } : outcome;
}

function unexpectedFile(file: string, name: string, collection: CollectionKey): Problem {
  const extension = extensionOf(collection);
  return createProblem('UnexpectedFile', {
    file,
    message: `„${name}“ ei ole ${extension}-fail, seega jätaks saidi koostamine selle vahele.`,
    hint: `Kogu „${COLLECTIONS[collection].labelPlural}“ kirjed on ${extension}-failid otse kaustas ${COLLECTIONS[collection].folder}/; nimeta see ümber või alusta nime märgiga „_“, kui see on mustand.`,
  });
}

/** Reads every entry of one collection folder; an absent folder is an empty collection. */
export function readCollection(root: string, collection: CollectionKey, displayRoot = 'content'): ContentTree {
  const naming = namingFor(root, displayRoot);
  const folder = join(root, COLLECTIONS[collection].folder);
  const listing = listFolder(folder);
  if (!listing.ok) {
    // ENOTDIR (a file in its place) and links are reported by readContentTree's look at the root.
    if (listing.code === 'ENOENT' || listing.code === 'ENOTDIR') return { entries: [], problems: [] };
    return { entries: [], problems: [unreadable(naming.file(folder), naming.inRoot(folder), listing.code, 'Kausta')] };
  }
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const item of listing.items) {
    const name = item.name;
    if (isIgnored(name)) continue;
    // Links, pipes, sockets and devices are reported once, by the look at the whole tree.
    if (irregularKind(item)) continue;
    if (item.isDirectory() || !isEntryName(collection, name)) {
      problems.push(unexpectedFile(naming.file(join(folder, name)), name, collection));
      continue;
    }
    const read = readEntryFile(root, collection, name, displayRoot);
    if (read.ok) entries.push(read.entry);
    else problems.push(read.problem);
  }
  return { entries, problems };
}

/**
 * Reads every entry file under the content root. `displayRoot` is how the root is shown in
 * messages (e.g. "content"), so messages stay the same wherever the repository is checked out.
 */
export function readContentTree(root: string, displayRoot = 'content'): ContentTree {
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

  const entries: RawEntry[] = [];
  for (const collection of COLLECTION_KEYS) {
    const read = readCollection(root, collection, displayRoot);
    entries.push(...read.entries);
    problems.push(...read.problems);
  }
  return { entries, problems };
}
