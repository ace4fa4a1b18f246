import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createProblem, type Problem } from '../errors/problem.ts';
import { COLLECTION_KEYS, COLLECTIONS, type CollectionKey, extensionOf } from '../model/collections.ts';
import { SLUG_PATTERN } from '../model/fields.ts';
import { parseEntryFile, type ParsedEntry } from './read-entry.ts';

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

/**
 * Reads every entry file under the content root. `displayRoot` is how the root is shown in
 * messages (e.g. "content"), so messages stay the same wherever the repository is checked out.
 */
export function readContentTree(root: string, displayRoot = 'content'): ContentTree {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const show = (path: string) => [displayRoot, ...relative(root, path).split(sep)].join('/');
  const folders = new Set<string>(COLLECTION_KEYS.map((key) => COLLECTIONS[key].folder));

  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const name = entry.name;
    const path = join(root, name);
    if (!isIgnored(name) && entry.isDirectory() && !folders.has(name)) {
      problems.push(
        createProblem('UnknownFolder', {
          file: show(path) + '/',
          message: `The folder "${name}" is not a collection, so nothing in it is published.`,
          hint: `Collections are: ${[...folders].sort().join(', ')}.`,
        }),
      );
    }
  }

  for (const collection of COLLECTION_KEYS) {
    const folder = join(root, COLLECTIONS[collection].folder);
    let items: Dirent[];
    try {
      items = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      continue; // An absent folder is an empty collection.
    }
    const extension = extensionOf(collection);
    for (const item of items) {
      const name = item.name;
      if (isIgnored(name)) continue;
      const path = join(folder, name);
      const file = show(path);
      if (item.isDirectory() || !name.endsWith(extension)) {
        problems.push(
          createProblem('UnexpectedFile', {
            file,
            message: `"${name}" is not a ${extension} file, so the build would skip it.`,
            hint: `Entries in ${COLLECTIONS[collection].folder}/ are ${extension} files directly in the folder; rename it, or start its name with "_" to keep it as a draft.`,
          }),
        );
        continue;
      }
      const id = name.slice(0, -extension.length);
      if (!SLUG_PATTERN.test(id)) {
        problems.push(
          createProblem('InvalidFileName', {
            file,
            message: `The file name "${id}" is not an id: ids are lower-case ASCII words joined by "-" (they become the URL).`,
            hint: `Rename the file to "${slugify(id) || 'some-name'}${extension}".`,
          }),
        );
        continue;
      }
      const outcome = parseEntryFile(readFileSync(path), file, COLLECTIONS[collection].format);
      if (outcome.ok) entries.push({ ...outcome.entry, collection, id, file });
      else problems.push(outcome.problem);
    }
  }
  return { entries, problems };
}
