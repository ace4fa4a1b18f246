import { escapeRegExp } from '../text/escape-regexp.ts';
import { placedWords, type PlacedWord } from '../text/words.ts';

/**
 * Abbreviations and their expansions as search synonyms: a page that writes "TERE" is also found
 * by "tegevuspõhine riigieelarve", and a page that writes "tegevuspõhise riigieelarve" by "TERE".
 *
 * A term is found as a whole word in its own letters (case matters: "VA" is not "va"), the
 * words of a two-word term across any white space. An expansion is found in any case form: each
 * word may change its last letters ("tegevuspõhise riigieelarve", "Vabariigi Valitsuse
 * tegevusprogrammis"), its beginning may not, and its words stand next to each other, apart by
 * white space or hyphens. Both are matched on the words of the text rather than with a regular
 * expression per term: compiling one with Unicode letter classes takes about half a millisecond,
 * and a large handbook has hundreds of terms, nearly all used somewhere.
 */

export interface Abbreviation {
  /** The abbreviation as the glossary writes it, e.g. "TERE" or "VV TP". */
  term: string;
  /** Its expansion, e.g. "tegevuspõhine riigieelarve". */
  expansion: string;
}

export interface SynonymMatcher {
  /** The words to add to a page's index entry, given all of its text. */
  synonymsOf(text: string): string[];
}

const WORD_CHARACTER = /[\p{L}\d]/u;
const WHITE_SPACE = /\s/;
const BETWEEN_WORDS = /^[\s-]+$/;
const DIGIT = /\d/;

/** The beginning of an expansion's word that every case form keeps: how long it is as written, and in lower case. */
interface Stem {
  length: number;
  lower: string;
}

function stemOf(word: string): Stem {
  const kept = word.slice(0, Math.max(3, word.length - 3));
  return { length: kept.length, lower: kept.toLowerCase() };
}

/** The code point that ends just before `index`, or the empty string at the start. */
function characterBefore(text: string, index: number): string {
  if (index === 0) return '';
  const low = text.charCodeAt(index - 1);
  return index >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.slice(index - 2, index) : text.slice(index - 1, index);
}

/** True when the term is found in the text as a whole word, its words apart by any white space. */
function hasTerm(text: string, parts: readonly string[]): boolean {
  for (let from = text.indexOf(parts[0]!); from >= 0; from = text.indexOf(parts[0]!, from + 1)) {
    if (WORD_CHARACTER.test(characterBefore(text, from))) continue;
    let end = from + parts[0]!.length;
    let whole = true;
    for (const part of parts.slice(1)) {
      let next = end;
      while (next < text.length && WHITE_SPACE.test(text[next]!)) next += 1;
      if (next === end || !text.startsWith(part, next)) {
        whole = false;
        break;
      }
      end = next + part.length;
    }
    if (whole && !WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(end) ?? 0x20))) return true;
  }
  return false;
}

/** True when the expansion's stems begin words standing next to each other, each ending in letters only. */
function hasExpansion(text: string, words: readonly PlacedWord[], stems: readonly Stem[]): boolean {
  const fits = (word: PlacedWord, stem: Stem) => word.written.length >= stem.length && word.written.slice(0, stem.length).toLowerCase() === stem.lower && !DIGIT.test(word.written.slice(stem.length));
  for (let first = 0; first + stems.length <= words.length; first += 1) {
    let all = true;
    for (let offset = 0; offset < stems.length && all; offset += 1) {
      const word = words[first + offset]!;
      all = fits(word, stems[offset]!) && (offset === 0 || BETWEEN_WORDS.test(text.slice(words[first + offset - 1]!.end, word.start)));
    }
    if (all) return true;
  }
  return false;
}

interface Pair extends Abbreviation {
  /** The term's words as written, when they hold no white space of their own; else its pattern. */
  termParts: string[] | RegExp;
  stems: Stem[];
}

/**
 * A term with white space other than single spaces between its words is matched with the
 * pattern it stands for: the whole term, its spaces as any white space.
 */
function termPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term).replace(/\\? /g, '\\s+')}(?![\\p{L}\\d])`, 'u');
}

function pairOf(item: Abbreviation): Pair {
  const parts = item.term.split(' ');
  const simple = parts.every((part) => part !== '' && !WHITE_SPACE.test(part));
  return { ...item, termParts: simple ? parts : termPattern(item.term), stems: placedWords(item.expansion).map(({ written }) => stemOf(written)) };
}

/**
 * Each page's text is tested only against the terms it can contain: a term is a candidate when
 * the text has the first word of its abbreviation, or a word that starts like the first word of
 * its expansion. So the cost grows with the text, not with text × glossary (a large handbook
 * has thousands of terms and pages).
 */
export function createSynonymMatcher(abbreviations: readonly Abbreviation[]): SynonymMatcher {
  const pairs = abbreviations.filter((item) => item.term.trim() && item.expansion.trim()).map(pairOf);
  const byFirstWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string | undefined, index: number) => {
    if (key) map.set(key, [...(map.get(key) ?? []), index]);
  };
  pairs.forEach((pair, index) => {
    file(byFirstWord, placedWords(pair.term)[0]?.written, index);
    file(byStem, pair.stems[0]?.lower, index);
  });
  return {
    synonymsOf(text) {
      const words = placedWords(text);
      const abbreviationCandidates = new Set<number>();
      const expansionCandidates = new Set<number>();
      for (const word of new Set(words.map(({ written }) => written))) {
        for (const index of byFirstWord.get(word) ?? []) abbreviationCandidates.add(index);
        const lower = word.toLowerCase();
        for (let length = 3; length <= lower.length; length += 1) {
          for (const index of byStem.get(lower.slice(0, length)) ?? []) expansionCandidates.add(index);
        }
      }
      const found = new Set<string>();
      for (const index of [...new Set([...abbreviationCandidates, ...expansionCandidates])].sort((a, b) => a - b)) {
        const pair = pairs[index]!;
        if (abbreviationCandidates.has(index) && (Array.isArray(pair.termParts) ? hasTerm(text, pair.termParts) : pair.termParts.test(text))) found.add(pair.expansion);
        if (expansionCandidates.has(index) && hasExpansion(text, words, pair.stems)) found.add(pair.term);
      }
      return [...found];
    },
  };
}
