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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

export function createSynonymMatcher(abbreviations: readonly Abbreviation[]): SynonymMatcher {
  const pairs = abbreviations
    .filter((item) => item.term.trim() && item.expansion.trim())
    .map((item) => ({ ...item, abbreviation: abbreviationPattern(item.term), expanded: expansionPattern(item.expansion) }));
  return {
    synonymsOf(text) {
      const found = new Set<string>();
      for (const pair of pairs) {
        if (pair.abbreviation.test(text)) found.add(pair.expansion);
        if (pair.expanded.test(text)) found.add(pair.term);
      }
      return [...found];
    },
  };
}
