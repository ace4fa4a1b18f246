import { join } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import { COLLECTIONS, type CollectionKey, extensionOf } from '../model/collections.ts';
import { SLUG_PATTERN } from '../model/fields.ts';
import { type IrregularKind, readRegularFile } from './content-files.ts';
import { type EntryParts, fileTooLarge, MAX_ENTRY_BYTES, type ParsedEntry, parseEntryParts, withLocator } from './read-entry.ts';

/** Where an entry file is and what it is called in messages. */
export interface EntryName {
  collection: CollectionKey;
  id: string;
  /** Path shown to authors, relative to the working directory's view of the content root. */
  file: string;
}

/** One entry file as read from disk, before its shape is checked. */
export interface RawEntry extends ParsedEntry, EntryName {}

export type EntryRead = { ok: true; entry: RawEntry } | { ok: false; problem: Problem };

/** An entry file's read as plain data (what a worker thread sends back); see EntryParts. */
export type EntryPartsRead = { ok: true; parts: EntryParts & EntryName } | { ok: false; problem: Problem };

/** Turns "Põhiprotsess P15.yaml" into "pohiprotsess-p15": the suggestion for a bad file name. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function isIgnored(name: string): boolean {
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

export function notARegularFile(file: string, shownInRoot: string, kind: IrregularKind): Problem {
  return createProblem('NotARegularFile', {
    file,
    message: `„${shownInRoot}“ on ${IRREGULAR[kind].what}; käsiraamat loeb ainult tavalisi faile.`,
    hint: IRREGULAR[kind].hint,
  });
}

export function unreadable(file: string, shownInRoot: string, code: string, what: 'Faili' | 'Kausta'): Problem {
  const hint =
    code === 'EACCES' || code === 'EPERM'
      ? 'Anna käsiraamatu kasutajale lugemise õigus või kopeeri sisu uuesti.'
      : code === 'ENOENT'
        ? 'See kadus lugemise ajal; käivita kontroll uuesti, kui failide kopeerimine on lõppenud.'
        : 'Kontrolli, et see on tavaline loetav fail, ja käivita kontroll uuesti.';
  return createProblem('UnreadableFile', { file, message: `${what} „${shownInRoot}“ ei õnnestunud lugeda (${code}).`, hint });
}

export function unexpectedFile(file: string, name: string, collection: CollectionKey): Problem {
  const extension = extensionOf(collection);
  return createProblem('UnexpectedFile', {
    file,
    message: `„${name}“ ei ole ${extension}-fail, seega jätaks saidi koostamine selle vahele.`,
    hint: `Kogu „${COLLECTIONS[collection].labelPlural}“ kirjed on ${extension}-failid otse kaustas ${COLLECTIONS[collection].folder}/; nimeta see ümber või alusta nime märgiga „_“, kui see on mustand.`,
  });
}

/** readEntryFile as plain data. */
export function readEntryParts(root: string, collection: CollectionKey, name: string, displayRoot = 'content'): EntryPartsRead {
  const { folder, format } = COLLECTIONS[collection];
  const path = join(root, folder, name);
  // Named without path.relative, which costs more than reading a small file: the path is known.
  const inRoot = `${folder}/${name}`;
  const file = `${displayRoot}/${inRoot}`;
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
    if ('code' in read) return { ok: false, problem: unreadable(file, inRoot, read.code, 'Faili') };
    if (read.kind === 'folder') return { ok: false, problem: unexpectedFile(file, name, collection) };
    return { ok: false, problem: notARegularFile(file, inRoot, read.kind) };
  }
  const outcome = parseEntryParts(read.bytes, file, format);
  return outcome.ok ? { ok: true, parts: { ...outcome.parts, collection, id, file } } : outcome;
}

/** The entry of a read, with its locator. */
export function entryOf(read: EntryPartsRead): EntryRead {
  return read.ok ? { ok: true, entry: withLocator(read.parts) } : read;
}

/** Reads one entry file (a name for which isEntryName holds) of a collection folder. */
export function readEntryFile(root: string, collection: CollectionKey, name: string, displayRoot = 'content'): EntryRead {
  return entryOf(readEntryParts(root, collection, name, displayRoot));
}
