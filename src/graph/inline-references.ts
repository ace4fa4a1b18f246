import { type CollectionKey, isCollectionKey } from '../model/collections.ts';
import { SLUG_PATTERN } from '../model/fields.ts';

/** The scheme of links from prose to entries: [](ref:processes/p15) or [tekst](ref:positions/kvaliteedijuht). */
export const REF_SCHEME = 'ref:';

export type InlineTarget = { ok: true; collection: CollectionKey; id: string } | { ok: false; reason: string };

/** Parses "processes/p15" — shared by the checker, the Markdown plugin and glossary links, so they cannot disagree. */
export function parseEntryTarget(target: string): InlineTarget {
  const slash = target.indexOf('/');
  if (slash < 0) return { ok: false, reason: 'it has no "/" between collection and id' };
  const collection = target.slice(0, slash);
  const id = target.slice(slash + 1);
  if (!isCollectionKey(collection)) return { ok: false, reason: `"${collection}" is not a collection` };
  if (!SLUG_PATTERN.test(id)) return { ok: false, reason: `"${id}" is not an id` };
  return { ok: true, collection, id };
}

export interface InlineReference {
  /** The target as written after "ref:". */
  raw: string;
  /** 1-based line inside the body. */
  line: number;
  target: InlineTarget;
}

const INLINE_REF = /\]\(\s*ref:([^)\s]*)[^)]*\)/g;

/** Every ref: link in a Markdown/MDX body, with its line. */
export function findInlineReferences(body: string): InlineReference[] {
  const found: InlineReference[] = [];
  const lines = body.split('\n');
  lines.forEach((text, index) => {
    for (const match of text.matchAll(INLINE_REF)) {
      found.push({ raw: match[1]!, line: index + 1, target: parseEntryTarget(match[1]!) });
    }
  });
  return found;
}
