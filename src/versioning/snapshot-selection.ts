import { readdirSync } from 'node:fs';
import { COLLECTION_KEYS, COLLECTIONS } from '../model/collections.ts';

/**
 * What a release freezes from the working copy, as paths relative to it: the collection folders'
 * entries. Drafts (names starting with "_"), dotfiles and anything outside the collections are
 * the author's workbench, not the document. Whatever else stands in a collection folder is
 * copied, so the check of the copy reports it (UnexpectedFile) instead of it vanishing silently.
 */
export function snapshotSelection(contentRoot: string): string[] {
  const paths: string[] = [];
  for (const key of COLLECTION_KEYS) {
    const folder = COLLECTIONS[key].folder;
    let names: string[];
    try {
      names = readdirSync(`${contentRoot}/${folder}`);
    } catch {
      continue; // An absent folder is an empty collection.
    }
    for (const name of names.sort()) if (!name.startsWith('_') && !name.startsWith('.')) paths.push(`${folder}/${name}`);
  }
  return paths;
}
