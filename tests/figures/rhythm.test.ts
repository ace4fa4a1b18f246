import { describe, expect, it } from 'vitest';
import { layoutRhythm, orderByRhythm, type RhythmInput } from '../../src/figures/rhythm.ts';
import { textWidth } from '../../src/figures/text-metrics.ts';

const rows: RhythmInput[] = [
  { id: 'trimester', name: 'Trimestri tulemuste ülevaatamine', asWritten: 'Kord trimestris', perQuarter: 1, perQuarterText: 'kord kvartalis' },
  { id: 'kantsler', name: 'Kantsleri koosolek', asWritten: 'Kord nädalas', perQuarter: 13, perQuarterText: '13 korda kvartalis' },
  { id: 'briif', name: 'Ministri briif (valdkonna või teema põhiselt)', asWritten: 'Vähemalt 2 korda kuus (iga II nädal)', perQuarter: 6, perQuarterText: 'vähemalt 6 korda kvartalis' },
  { id: 'osakond', name: 'Osakonna koosolek', asWritten: 'Üldjuhul 2 korda kuus', perQuarter: 6, perQuarterText: 'üldjuhul 6 korda kvartalis' },
];

describe('orderByRhythm', () => {
  it('puts the bodies that meet most often first and keeps the order of ties', () => {
    expect(orderByRhythm(rows).map((row) => row.id)).toEqual(['kantsler', 'briif', 'osakond', 'trimester']);
  });
});

describe('layoutRhythm', () => {
  for (const width of [720, 340]) {
    describe(`at ${width} px`, () => {
      const layout = layoutRhythm(rows, width, 14);

      it('draws one dot per meeting in a quarter', () => {
        expect(layout.rows.map((row) => row.dots.length)).toEqual([1, 13, 6, 6]);
      });

      it('keeps every word and dot inside the figure and inside its own row', () => {
        for (const row of layout.rows) {
          for (const line of [...row.name, ...row.wording]) {
            expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(width);
            expect(line.y).toBeGreaterThan(row.y);
            expect(line.y).toBeLessThan(row.y + row.height);
          }
          for (const dot of row.dots) {
            expect(dot.cx + layout.dotRadius).toBeLessThanOrEqual(width);
            expect(dot.cy - layout.dotRadius).toBeGreaterThan(row.y);
            expect(dot.cy + layout.dotRadius).toBeLessThan(row.y + row.height);
          }
        }
        expect(layout.height).toBeGreaterThanOrEqual(layout.rows.at(-1)!.y + layout.rows.at(-1)!.height);
      });

      it('stacks the rows without overlap', () => {
        for (const [index, row] of layout.rows.slice(1).entries()) expect(row.y).toBeGreaterThanOrEqual(layout.rows[index]!.y + layout.rows[index]!.height);
      });

      it('keeps the dots clear of the words', () => {
        for (const row of layout.rows) {
          const lastDot = row.dots.at(-1)!;
          for (const line of [...row.name, ...row.wording]) {
            const sameLine = Math.abs(line.y - 14 * 0.35 - lastDot.cy) < 14;
            if (sameLine && line.x > lastDot.cx) expect(line.x).toBeGreaterThan(lastDot.cx + layout.dotRadius);
            if (sameLine && line.x < row.dots[0]!.cx) expect(line.x + textWidth(line.text, 14)).toBeLessThan(row.dots[0]!.cx - layout.dotRadius);
          }
        }
      });
    });
  }

  it('sets names beside the dots on a wide screen and above them on a phone', () => {
    expect(layoutRhythm(rows, 720).stacked).toBe(false);
    expect(layoutRhythm(rows, 340).stacked).toBe(true);
  });
});
