import { escapeRegExp } from '../text/escape-regexp.ts';

/**
 * Abbreviations and their expansions as search synonyms: a page that writes "TERE" is also found
 * by "tegevuspõhine riigieelarve", and a page that writes "tegevuspõhise riigieelarve" by "TERE".
 */

export interface Abbreviation {
  /** The abbreviation as the glossary writes it, e.g. "TERE" or "VV TP". */
  term: string;
  /** Its expansion, e.g. "tegevuspõhine riigieelarve". */
  expansion: string;
}

/** The abbreviation as a whole word, in its own letters (case matters: "VA" is not "va"). */
function abbreviationPattern(term: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(term).replace(/\\? /g, '\\s+')}(?![\\p{L}\\d])`, 'u');
}

/**
 * The expansion in any case form: each word may change its last letters ("tegevuspõhise
 * riigieelarve", "Vabariigi Valitsuse tegevusprogrammis"), its beginning may not.
 */
function expansionPattern(expansion: string): RegExp {
  const words = expansion.match(/[\p{L}\d]+/gu) ?? [];
  const flexible = words.map((word) => `${escapeRegExp(word.slice(0, Math.max(3, word.length - 3)))}[\\p{L}]*`);
  return new RegExp(`(?<![\\p{L}\\d])${flexible.join('[\\s-]+')}(?![\\p{L}\\d])`, 'iu');
}

export interface SynonymMatcher {
  /** The words to add to a page's index entry, given all of its text. */
  synonymsOf(text: string): string[];
}

/** The beginning of an expansion's first word that every case form keeps (see expansionPattern). */
function stemOf(word: string): string {
  return word.slice(0, Math.max(3, word.length - 3)).toLowerCase();
}

const WORD = /[\p{L}\d]+/gu;

/**
 * Each page's text is tested only against the terms it can contain: a term is a candidate when
 * the text has the first word of its abbreviation, or a word that starts like the first word of
 * its expansion. So the cost grows with the text, not with text × glossary (a large handbook
 * has thousands of terms and pages).
 */
export function createSynonymMatcher(abbreviations: readonly Abbreviation[]): SynonymMatcher {
  const pairs = abbreviations
    .filter((item) => item.term.trim() && item.expansion.trim())
    .map((item) => ({ ...item, abbreviation: abbreviationPattern(item.term), expanded: expansionPattern(item.expansion) }));
  const byFirstWord = new Map<string, number[]>();
  const byStem = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string | undefined, index: number) => {
    if (key) map.set(key, [...(map.get(key) ?? []), index]);
  };
  pairs.forEach((pair, index) => {
    file(byFirstWord, pair.term.match(WORD)?.[0], index);
    const first = pair.expansion.match(WORD)?.[0];
    file(byStem, first && stemOf(first), index);
  });
  return {
    synonymsOf(text) {
      const abbreviationCandidates = new Set<number>();
      const expansionCandidates = new Set<number>();
      for (const word of new Set(text.match(WORD) ?? [])) {
        for (const index of byFirstWord.get(word) ?? []) abbreviationCandidates.add(index);
        const lower = word.toLowerCase();
        for (let length = 3; length <= lower.length; length += 1) {
          for (const index of byStem.get(lower.slice(0, length)) ?? []) expansionCandidates.add(index);
        }
      }
      const found = new Set<string>();
      for (const index of [...new Set([...abbreviationCandidates, ...expansionCandidates])].sort((a, b) => a - b)) {
        const pair = pairs[index]!;
        if (abbreviationCandidates.has(index) && pair.abbreviation.test(text)) found.add(pair.expansion);
        if (expansionCandidates.has(index) && pair.expanded.test(text)) found.add(pair.term);
      }
      return [...found];
    },
  };
}
