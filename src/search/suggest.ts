import { wordsOf } from './estonian-forms.ts';
import { compareEstonian } from '../text/estonian-order.ts';

/** Edits (insert, delete, substitute, swap two neighbours) that turn one word into the other. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typing errors a word of this length may hold and still be recognised. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * "Kas mõtlesid …?": the query with each word the site does not use replaced by the closest
 * word it does (the words of entry names, emitted by the build), or undefined when nothing is
 * close or every word is already the site's own.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  let changed = false;
  const words = wordsOf(query).map((word) => {
    if (known.has(word) || word.length < 3) return word;
    let best: { word: string; distance: number } | undefined;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > allowedEdits(word.length)) continue;
      const distance = editDistance(word, candidate);
      if (distance <= allowedEdits(word.length) && (!best || distance < best.distance)) best = { word: candidate, distance };
    }
    if (!best) return word;
    changed = true;
    return best.word;
  });
  return changed ? words.join(' ') : undefined;
}

/** The vocabulary the build emits: every word of the entries' names, once, in Estonian order. */
export function vocabularyOf(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(wordsOf).filter((word) => word.length >= 3 && !/^\d+$/.test(word)))].sort(compareEstonian);
}
