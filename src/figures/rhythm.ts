import { type TextLine, textWidth, wrapText } from './text-metrics.ts';

/**
 * The meeting rhythm of the decision forums as one picture: a row per body with one dot per
 * meeting in a quarter, so "kord nädalas" (13) and "kord kvartalis" (1) compare at a glance, and
 * the source's words beside the dots. The dots count meetings; they do not place them on days,
 * which the sources do not give.
 */

export interface RhythmInput {
  id: string;
  name: string;
  /** The source's words, e.g. "Vähemalt 2 korda kuus (iga II nädal)". */
  asWritten: string;
  perQuarter: number;
  /** The count in words, e.g. "13 korda kvartalis". */
  perQuarterText: string;
}

export interface RhythmLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Whether each body's name stands above its dots (a narrow figure) or beside them. */
  stacked: boolean;
  headings: TextLine[];
  rows: {
    id: string;
    y: number;
    height: number;
    name: TextLine[];
    dots: { cx: number; cy: number }[];
    wording: TextLine[];
  }[];
  dotRadius: number;
}

/** Bodies that meet most often first; ties keep their order (table 2's). */
export function orderByRhythm<T extends { perQuarter: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.perQuarter - a.perQuarter);
}

/**
 * Lays the rows out for a figure `width` pixels wide: side by side (name, dots, words) when the
 * three fit, otherwise each name above its dots and words, which fits a phone.
 */
export function layoutRhythm(rows: readonly RhythmInput[], width: number, fontSize = 14): RhythmLayout {
  const padding = 8;
  const lineHeight = Math.round(fontSize * 1.3);
  const dotRadius = 5;
  const dotStep = 15;
  const maxDots = Math.max(1, ...rows.map((row) => row.perQuarter));
  const dotsWidth = maxDots * dotStep;
  const wordingText = (row: RhythmInput) => [row.asWritten, row.perQuarterText];

  const nameColumn = Math.min(220, Math.max(...rows.map((row) => textWidth(row.name, fontSize))));
  const wordingColumn = Math.max(...rows.flatMap((row) => wordingText(row).map((line) => textWidth(line, fontSize))));
  const sideBySide = padding + nameColumn + 16 + dotsWidth + 16 + Math.min(wordingColumn, 260) + padding;
  const stacked = sideBySide > width;

  const headings: TextLine[] = [];
  let y = padding + fontSize;
  const dotsX = stacked ? padding : padding + nameColumn + 16;
  const wordingX = stacked ? padding : dotsX + dotsWidth + 16;
  const wordingWidth = stacked ? width - 2 * padding : width - wordingX - padding;
  if (!stacked) {
    headings.push({ x: padding, y, text: 'Otsustuskogu' }, { x: dotsX, y, text: 'Koosolekud kvartalis' }, { x: wordingX, y, text: 'Regulaarsus' });
    y += padding;
  }

  const laidOut = rows.map((row) => {
    const nameLines = wrapText(row.name, stacked ? width - 2 * padding : nameColumn, fontSize).lines;
    const wordingLines = wordingText(row).flatMap((line) => wrapText(line, wordingWidth, fontSize).lines);
    const top = y;
    let cursor = top + padding + fontSize;
    const name = nameLines.map((text) => {
      const line = { x: padding, y: cursor, text };
      cursor += lineHeight;
      return line;
    });
    // Beside the name the dots sit on its first line; under it, on a line of their own.
    const dotsBaseline = stacked ? cursor + 2 : top + padding + fontSize;
    if (stacked) cursor += lineHeight + 4;
    const dots = Array.from({ length: row.perQuarter }, (_, index) => ({ cx: dotsX + dotRadius + index * dotStep, cy: dotsBaseline - fontSize * 0.35 }));
    let wordingCursor = stacked ? cursor : top + padding + fontSize;
    const wording = wordingLines.map((text) => {
      const line = { x: wordingX, y: wordingCursor, text };
      wordingCursor += lineHeight;
      return line;
    });
    const bottom = Math.max(stacked ? wordingCursor : Math.max(cursor, wordingCursor), dotsBaseline + lineHeight) - lineHeight + fontSize * 0.4 + padding;
    y = bottom;
    return { id: row.id, y: top, height: bottom - top, name, dots, wording };
  });

  return { width, height: Math.ceil(y + padding), fontSize, stacked, headings, rows: laidOut, dotRadius };
}
