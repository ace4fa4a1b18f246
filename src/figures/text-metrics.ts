/**
 * How wide a label will be in the site's font, without a browser: the figures are laid out at
 * build time, and a label that is measured too narrow overlaps its neighbour.
 *
 * Advance widths of Roboto (the site's font) in thousandths of an em, measured with canvas
 * measureText in Chromium; each is the widest of the regular, medium and bold cut, so one table
 * serves every weight and a measurement errs on the wide side. A character that is not listed
 * counts as a wide one.
 */
const ADVANCE: Readonly<Record<string, number>> = {
  ' ': 249, a: 544, b: 563, c: 523, d: 564, e: 540, f: 358, g: 571, h: 560, i: 265,
  j: 260, k: 534, l: 265, m: 877, n: 561, o: 570, p: 563, q: 568, r: 366, s: 516,
  t: 338, u: 560, v: 506, w: 751, x: 509, y: 503, z: 509, õ: 570, ä: 544, ö: 570,
  ü: 560, š: 516, ž: 509, A: 672, B: 638, C: 654, D: 656, E: 568, F: 553, G: 682,
  H: 713, I: 292, J: 559, K: 636, L: 541, M: 875, N: 713, O: 689, P: 645, Q: 689,
  R: 641, S: 616, T: 620, U: 659, V: 653, W: 887, X: 635, Y: 619, Z: 607, Õ: 689,
  Ä: 672, Ö: 689, Ü: 659, Š: 616, Ž: 607, '0': 574, '1': 574, '2': 574, '3': 574, '4': 574,
  '5': 574, '6': 574, '7': 574, '8': 574, '9': 574, '.': 290, ',': 246, ':': 282, ';': 263, '-': 394,
  '–': 656, '—': 781, '(': 350, ')': 351, '/': 413, '+': 567, '×': 534, '·': 302, '%': 739, '«': 500,
  '»': 500, '„': 401, '“': 403, '"': 320, "'": 175, '!': 271, '?': 498, '&': 658, '*': 454,
  '¹': 373, '²': 373, '³': 373,
};
const UNKNOWN_ADVANCE = 900;
/** Kerning and rounding make real text a little wider or narrower; keep a margin. */
const SAFETY = 1.04;

/** A line of text placed in a figure: its start and baseline in pixels. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** The width of `text` in pixels at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const character of text) thousandths += ADVANCE[character] ?? UNKNOWN_ADVANCE;
  return (thousandths / 1000) * fontSize * SAFETY;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces (so "Ravimi- ja …" may break after
 * its hyphen). A word wider than the line is never cut: it stands on a line of
 * its own, and `width` says how wide the widest line really is, so the caller can make room.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): { lines: string[]; width: number } {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return { lines, width: Math.max(0, ...lines.map((line) => textWidth(line, fontSize))) };
}

/** The widest single word of `text`: the narrowest a box can be without cutting a word. */
export function longestWordWidth(text: string, fontSize: number): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, fontSize)));
}

/** What a component that draws one laid-out figure receives: the layout and the words a screen reader gets. */
export interface DrawingProps<Layout> {
  layout: Layout;
  id: string;
  title: string;
  description: string;
  class?: string;
}
