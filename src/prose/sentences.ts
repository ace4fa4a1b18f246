/**
 * Estonian sentences of a plain text (a paragraph or list item already flattened from its syntax
 * tree). A full stop ends a sentence only before white space and a capital letter (or the end of
 * the text), and not after an abbreviation that is always followed by more of the sentence:
 * "vt ptk 3.1", "nt. riigireformi", "(sh siseklientide)". Numbers such as "1.4.1" or "15.01.2026"
 * have no space after their dots, and an ordinal ("2026. aastast") is followed by a small letter,
 * so neither ends a sentence.
 */

/** Abbreviations that the sentence always goes on after, with or without their full stop. */
const CONTINUING = new Set([
  'nt', 'näit', 'vt', 'vrd', 'sh', 'ptk', 'lk', 'nr', 'lg', 'p', 'al', 'st', 'so', 'ca', 'u', 'umb', 'nn', 'mh', 'ehk', 'k.a', 'pr', 'hr', 'dr', 'lp', 'tel', 'jj', 'NB',
]);

/**
 * Abbreviations that close a list ("… jt", "jne."): mid-sentence they are followed by a small
 * letter or a bracket, so before a capital their full stop also ends the sentence.
 */
const CLOSING = new Set(['jne', 'jt', 'jm', 'jms', 'jmt', 'vms', 'jpt', 'jp']);

/** Characters that may stand between the end mark and the space: closing quotes and brackets. */
const CLOSERS = new Set([')', ']', '"', '”', '“', '»', "'", '’']);
/** Characters that may open the next sentence before its capital letter. */
const OPENERS = new Set(['(', '[', '"', '„', '“', '«', "'", '‘']);

export interface TextRange {
  start: number;
  end: number;
}

function isCapital(char: string | undefined): boolean {
  return char !== undefined && /\p{Lu}/u.test(char);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** The word just before the end mark at index, letters and inner dots ("k.a"), as written. */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start -= 1;
  return text.slice(start, index).replace(/^\.+/, '');
}

const END_MARKS = '.!?…';

/** Whether the end marks starting at index stop a sentence; next is where the next one would start. */
function endsSentence(text: string, index: number, next: number): boolean {
  if (next >= text.length) return true;
  let first = next;
  while (first < text.length && OPENERS.has(text[first]!)) first += 1;
  if (!isCapital(text[first])) return false;
  const mark = text[index]!;
  if (mark !== '.' && mark !== '!') return true;
  const word = wordBefore(text, index);
  if (CONTINUING.has(word) || CONTINUING.has(word.toLocaleLowerCase('et'))) return false;
  if (CLOSING.has(word.toLocaleLowerCase('et'))) return true;
  // A single letter before a full stop is an initial ("A. Heinaste") or a lettered item.
  if (mark === '.' && /^\p{L}$/u.test(word)) return false;
  return true;
}

/** The sentences of a text, as ranges of it without surrounding white space, in order. */
export function splitSentences(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  const push = (end: number) => {
    let from = start;
    let to = end;
    while (from < to && isSpace(text[from])) from += 1;
    while (to > from && isSpace(text[to - 1])) to -= 1;
    if (to > from) ranges.push({ start: from, end: to });
  };
  for (let index = 0; index < text.length; index += 1) {
    if (!END_MARKS.includes(text[index]!)) continue;
    // A run of marks ("?!", "...") and the closing quotes or brackets after it end together.
    let after = index + 1;
    while (after < text.length && END_MARKS.includes(text[after]!)) after += 1;
    while (after < text.length && CLOSERS.has(text[after]!)) after += 1;
    let next = after;
    while (next < text.length && isSpace(text[next])) next += 1;
    // Without white space after it, a dot is inside a number or a code ("1.4.1", "15.01.2026").
    const spaced = next > after || after >= text.length;
    if (spaced && endsSentence(text, index, next)) {
      push(after);
      start = after;
    }
    index = after - 1;
  }
  push(text.length);
  return ranges;
}
