import { type CollectionKey, type EntryFormat, isCollectionKey } from '../model/collections.ts';
import { parseProse } from './parse-prose.ts';
import { lineOf, walkProse } from './walk-prose.ts';
import { SLUG_PATTERN } from '../model/fields.ts';

/** The scheme of links from prose to entries: [](ref:processes/p15) or [tekst](ref:positions/kvaliteedijuht). */
export const REF_SCHEME = 'ref:';

export type InlineTarget = { ok: true; collection: CollectionKey; id: string } | { ok: false; reason: string };

/** Parses "processes/p15" — shared by the checker, the Markdown plugin and glossary links, so they cannot disagree. */
export function parseEntryTarget(target: string): InlineTarget {
  const slash = target.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'kogu ja id vahel puudub kaldkriips „/“' };
  const collection = target.slice(0, slash);
  const id = target.slice(slash + 1);
  if (!isCollectionKey(collection)) return { ok: false, reason: `„${collection}“ ei ole ühegi kogu nimi` };
  if (!SLUG_PATTERN.test(id)) return { ok: false, reason: `„${id}“ ei sobi id-ks` };
  return { ok: true, collection, id };
}

export interface InlineReference {
  /** The target as written after "ref:". */
  raw: string;
  /** 1-based line inside the body. */
  line: number;
  target: InlineTarget;
}

/**
 * Every ref: link in a prose body, with its line: inline links and the definitions that
 * reference-style links [text][name] use. Read from the syntax tree, so a ref: inside a code span
 * or block is an example, not a link.
 */
export function findInlineReferences(body: string, format: EntryFormat): InlineReference[] {
  const tree = parseProse(body, format);
  if (!tree) return [];
  const found: InlineReference[] = [];
  for (const { node } of walkProse(tree)) {
    if ((node.type !== 'link' && node.type !== 'definition') || !node.url.startsWith(REF_SCHEME)) continue;
    const raw = node.url.slice(REF_SCHEME.length);
    found.push({ raw, line: lineOf(node), target: parseEntryTarget(raw) });
  }
  return found;
}
