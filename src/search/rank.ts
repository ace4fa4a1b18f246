import { nominativesOf, wordsOf } from './estonian-forms.ts';

/**
 * Whether a word the reader typed is a word of a name in some form: the same nominative
 * ("riskide" and "riski-" are risk), or the first part of a compound name ("analüüse" and
 * "Analüüsiprotsess").
 */
export function sameWord(typed: string, written: string): boolean {
  const typedStems = nominativesOf(typed).filter((stem) => stem.length >= 3);
  const writtenStems = new Set(nominativesOf(written));
  return typedStems.some((stem) => writtenStems.has(stem) || (stem.length >= 4 && written.startsWith(stem)));
}

export interface Closeness {
  /** Query words the name holds in some form. */
  matched: number;
  /** Query words the name holds exactly as typed. */
  exact: number;
  /** The share of the name's own words (a remark in brackets aside) that the query holds. */
  coverage: number;
}

/** How close a name is to a query, compared in the order of Closeness's fields. */
export function nameCloseness(queryWords: readonly string[], name: string): Closeness {
  const allWords = wordsOf(name);
  const ownWords = wordsOf(name.replace(/\([^)]*\)/g, ' '));
  const typed = queryWords.flatMap(wordsOf);
  const matched = typed.filter((word) => allWords.some((written) => sameWord(word, written))).length;
  const exact = typed.filter((word) => allWords.includes(word)).length;
  const covered = ownWords.filter((written) => typed.some((word) => sameWord(word, written))).length;
  return { matched, exact, coverage: ownWords.length > 0 ? covered / ownWords.length : 0 };
}

/**
 * Puts the results whose names are closest to the query first, keeping the search's order
 * among equals: "valdkonna koosolek" shows Valdkonna koosolek before Osakonna koosolek, which
 * Pagefind scores alike. Only the leading results are reordered; titles are what the reader sees.
 */
export function rankByName<T>(queryWords: readonly string[], results: readonly T[], titleOf: (result: T) => string): T[] {
  const scored = results.map((result, index) => ({ result, index, ...nameCloseness(queryWords, titleOf(result)) }));
  return scored
    .sort((a, b) => b.matched - a.matched || b.exact - a.exact || b.coverage - a.coverage || a.index - b.index)
    .map(({ result }) => result);
}
