import type { CollectionKey } from '../model/collections.ts';
import type { HeadingAnchor, ProseBlock } from '../prose/prose-blocks.ts';
import { splitSentences, type TextRange } from '../prose/sentences.ts';
import { type EntryKey, entryKey } from './build-graph.ts';
import type { MentionName } from './mention-names.ts';
import { placedWords } from '../text/words.ts';

/**
 * Linked mentions: every sentence of the handbook's prose that names an entry, by a ref: link or
 * by one of its names in plain text, kept with the place it stands in, so an entry page can show
 * what the handbook says of it in the handbook's own words.
 */

/** A prose body to read mentions from: a chapter or a background page, in reading order. */
export interface MentionSource {
  collection: CollectionKey;
  id: string;
  blocks: readonly ProseBlock[];
}

/** A piece of a sentence; marked pieces are the words that name the entry. */
export interface MentionRun {
  text: string;
  marked: boolean;
}

export interface Mention {
  source: { collection: CollectionKey; id: string };
  /** The nearest heading above the sentence, for a link to the place; undefined before the first. */
  heading: HeadingAnchor | undefined;
  runs: MentionRun[];
}

interface Token {
  start: number;
  end: number;
  written: string;
  lower: string;
}

interface Hit extends TextRange {
  key: EntryKey;
}

function tokensOf(text: string): Token[] {
  return placedWords(text).map((word) => ({ ...word, lower: word.written.toLocaleLowerCase('et') }));
}

/** Names grouped by the forms of their first word, so each word of the text looks up only its candidates. */
function indexNames(names: readonly MentionName[]): Map<string, MentionName[]> {
  const index = new Map<string, MentionName[]>();
  for (const name of names) {
    for (const form of name.words[0]!.forms) {
      const list = index.get(form) ?? [];
      list.push(name);
      index.set(form, list);
    }
  }
  return index;
}

/** Whether the name's words stand at tokens from..: each in one of its forms, joined only by spaces or hyphens. */
function matchesAt(name: MentionName, tokens: readonly Token[], from: number, text: string): boolean {
  if (from + name.words.length > tokens.length) return false;
  return name.words.every((word, offset) => {
    const token = tokens[from + offset]!;
    if (!word.forms.has(word.caseSensitive ? token.written : token.lower)) return false;
    if (offset === 0) return true;
    return /^[\s-]+$/u.test(text.slice(tokens[from + offset - 1]!.end, token.start));
  });
}

/**
 * Plain-text mentions in one sentence, per layer: at each word the longest name that starts
 * there wins ("Kantsleri koosolek" over "Kantsler"), and the words it covers are taken. Words
 * inside a ref: link are taken by the link's own entry.
 */
function plainHits(tokens: readonly Token[], text: string, index: Map<string, MentionName[]>, taken: (token: Token) => boolean): Hit[] {
  const hits: Hit[] = [];
  let position = 0;
  while (position < tokens.length) {
    const token = tokens[position]!;
    if (taken(token)) {
      position += 1;
      continue;
    }
    const candidates = [...(index.get(token.written) ?? []), ...(token.written === token.lower ? [] : (index.get(token.lower) ?? []))];
    const matching = candidates.filter((name) => matchesAt(name, tokens, position, text));
    const length = Math.max(0, ...matching.map((name) => name.words.length));
    if (length === 0) {
      position += 1;
      continue;
    }
    const end = tokens[position + length - 1]!.end;
    for (const key of new Set(matching.filter((name) => name.words.length === length).map((name) => name.key))) hits.push({ key, start: token.start, end });
    position += length;
  }
  return hits;
}

/** The sentence as runs, the given ranges marked; white space folded as a page shows it. */
function runsOf(text: string, sentence: TextRange, marks: readonly TextRange[]): MentionRun[] {
  const merged: TextRange[] = [];
  for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else merged.push({ start: Math.max(mark.start, sentence.start), end: Math.min(mark.end, sentence.end) });
  }
  const runs: MentionRun[] = [];
  let at = sentence.start;
  const push = (end: number, marked: boolean) => {
    if (end > at) runs.push({ text: text.slice(at, end).replace(/\s+/g, ' '), marked });
    at = end;
  };
  for (const mark of merged) {
    push(mark.start, false);
    push(mark.end, true);
  }
  push(sentence.end, false);
  return runs;
}

/**
 * Every mention of every entry in the sources, in reading order, one per sentence and entry (a
 * sentence that names the entry twice is listed once with both places marked, and the same
 * sentence twice on one page is listed once). A body never lists itself.
 */
export function findMentions(sources: readonly MentionSource[], names: readonly MentionName[]): Map<EntryKey, Mention[]> {
  const layers = (['entries', 'terms'] as const).map((layer) => ({ layer, index: indexNames(names.filter((name) => name.layer === layer)) }));
  const found = new Map<EntryKey, Mention[]>();
  for (const source of sources) {
    const self = entryKey(source.collection, source.id);
    const seen = new Set<string>();
    for (const block of source.blocks) {
      const tokens = tokensOf(block.text);
      for (const sentence of splitSentences(block.text)) {
        const inside = (range: TextRange) => range.start >= sentence.start && range.start < sentence.end;
        const references = block.references.filter(inside);
        const sentenceTokens = tokens.filter(inside);
        const hits: Hit[] = references.map((reference) => ({ key: entryKey(reference.collection, reference.id), start: reference.start, end: reference.end }));
        const linked = (token: Token) => references.some((reference) => token.start >= reference.start && token.end <= reference.end);
        for (const { layer, index } of layers) hits.push(...plainHits(sentenceTokens, block.text, index, layer === 'entries' ? linked : () => false));
        for (const [key, marks] of Map.groupBy(hits, (hit) => hit.key)) {
          const runs = runsOf(block.text, sentence, marks);
          const identity = `${key}\u0000${runs.map((run) => run.text).join('')}`;
          if (key === self || seen.has(identity)) continue;
          seen.add(identity);
          const list = found.get(key) ?? [];
          list.push({ source: { collection: source.collection, id: source.id }, heading: block.heading, runs });
          found.set(key, list);
        }
      }
    }
  }
  return found;
}

/** The mentions of one body, the first few shown and the rest behind "ja veel N mainimist". */
export interface MentionGroup {
  source: { collection: CollectionKey; id: string };
  shown: Mention[];
  more: Mention[];
}

/** Groups mentions by the body they stand in, keeping reading order; shown caps each group. */
export function groupMentions(mentions: readonly Mention[], shown: number): MentionGroup[] {
  const groups = Map.groupBy(mentions, (mention) => entryKey(mention.source.collection, mention.source.id));
  return [...groups.values()].map((list) => ({ source: list[0]!.source, shown: list.slice(0, shown), more: list.slice(shown) }));
}
