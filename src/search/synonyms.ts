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
// The shortest stem (see stemOf): a word shorter than this begins no expansion.
const STEM_START = 3;

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
  // Stems by their first three letters: a word is looked up once, then compared with the few
  // stems that begin as it does, instead of looking up every beginning of every word.
  const byStemStart = new Map<string, { stem: string; index: number }[]>();
  pairs.forEach((pair, index) => {
    const word = pair.term.match(WORD)?.[0];
    if (word) byFirstWord.set(word, [...(byFirstWord.get(word) ?? []), index]);
    const first = pair.expansion.match(WORD)?.[0];
    const stem = first && stemOf(first);
    if (stem && stem.length >= STEM_START) byStemStart.set(stem.slice(0, STEM_START), [...(byStemStart.get(stem.slice(0, STEM_START)) ?? []), { stem, index }]);
  });
  return {
    synonymsOf(text) {
      const abbreviationCandidates = new Set<number>();
      const expansionCandidates = new Set<number>();
      for (const word of new Set(text.match(WORD) ?? [])) {
        for (const index of byFirstWord.get(word) ?? []) abbreviationCandidates.add(index);
        if (word.length < STEM_START) continue;
        const lower = word.toLowerCase();
        for (const { stem, index } of byStemStart.get(lower.slice(0, STEM_START)) ?? []) if (lower.startsWith(stem)) expansionCandidates.add(index);
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
