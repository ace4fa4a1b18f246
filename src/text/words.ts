/** A word of a text (a run of letters and digits), and where it starts and ends. */
export interface PlacedWord {
  start: number;
  end: number;
  written: string;
}

/** The words of a text in order, with their places: what mentions and synonyms are matched on. */
export function placedWords(text: string): PlacedWord[] {
  return [...text.matchAll(/[\p{L}\d]+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length, written: match[0] }));
}
