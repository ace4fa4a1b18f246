/**
 * How a reader's words become Pagefind queries. Pagefind finds only pages that hold every word,
 * so a question in the reader's own words ("kes on hankeprotsessi omanik?") first loses the
 * words that carry no meaning, and if that still finds nothing, each word is searched alone.
 */

// Question and function words of Estonian that no entry is about.
const STOP_WORDS = new Set([
  'kes', 'keda', 'kelle', 'kellele', 'mis', 'mida', 'mille', 'millele', 'milline', 'millised', 'millal', 'miks',
  'kus', 'kuhu', 'kust', 'kuidas', 'kui', 'kas', 'on', 'ei', 'ole', 'ja', 'ning', 'või', 'ka', 'see', 'seda',
  'selle', 'need', 'oma', 'eest', 'minu', 'mina', 'ma', 'mul', 'mulle', 'meie', 'üks', 'ühe', 'kõik',
  'tuleb', 'saab', 'peab', 'teeb', 'palun', 'leia', 'otsi', 'näita',
  // "kes vastutab riskide eest", "kes tegeleb hangetega" ask who owns a thing: the thing is the query.
  'vastutab', 'vastutavad', 'tegeleb', 'tegelevad', 'teevad',
  // "kui tihti toimub …" asks how often; the answer is on the entry, not in these words.
  'tihti', 'sageli', 'toimub', 'toimuvad',
]);

export interface QueryPlan {
  /** The words searched together; empty when the reader typed nothing searchable. */
  primary: string;
  /** The words searched one by one when the primary query finds nothing. */
  fallbackWords: string[];
}

/** Splits a query into words, keeping codes such as "P01_J01" whole. */
function wordsOf(query: string): string[] {
  return query.match(/[\p{L}\d_]+/gu) ?? [];
}

const pad = (digits: string) => digits.padStart(2, '0');

/**
 * Process and guide codes as people type them: "P5", "p 15", "P2 J4", "p2_j4" → "P05", "P15",
 * "P02_J04", the way the handbook writes them and the index holds them.
 */
export function normalizeCodes(query: string): string {
  return query
    .replace(/(?<![\p{L}\d])p\s?(\d{1,2})(?:[\s_-]*j\s?(\d{1,2}))?(?![\p{L}\d])/giu, (_, process: string, guide?: string) =>
      guide ? `P${pad(process)}_J${pad(guide)}` : `P${pad(process)}`,
    );
}

export function planQuery(raw: string): QueryPlan {
  const words = wordsOf(normalizeCodes(raw.normalize('NFC')));
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.toLocaleLowerCase('et')));
  // A query of stop words only ("mis on VA" keeps VA; "kes on") is searched as typed.
  const kept = meaningful.length > 0 ? meaningful : words;
  return { primary: kept.join(' '), fallbackWords: kept.length > 1 ? kept : [] };
}

export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Merges the results of searching each word alone: pages that hold more of the words first,
 * then by their best score. Used only when no page holds every word.
 */
export function mergeWordResults(perWord: readonly (readonly ScoredResult[])[]): ScoredResult[] {
  const merged = new Map<string, { id: string; words: number; score: number }>();
  for (const results of perWord) {
    for (const result of results) {
      const seen = merged.get(result.id);
      if (seen) {
        seen.words += 1;
        seen.score += result.score;
      } else {
        merged.set(result.id, { id: result.id, words: 1, score: result.score });
      }
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map(({ id, score }) => ({ id, score }));
}
