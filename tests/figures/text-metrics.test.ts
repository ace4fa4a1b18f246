import { describe, expect, it } from 'vitest';
import { longestWordWidth, textWidth, wrapText } from '../../src/figures/text-metrics.ts';

describe('textWidth', () => {
  it('grows with the text and with the font size', () => {
    expect(textWidth('Poliitikajuht', 14)).toBeGreaterThan(textWidth('Minister', 14));
    expect(textWidth('Minister', 28)).toBeCloseTo(textWidth('Minister', 14) * 2);
  });

  it('measures Estonian letters like their plain forms, not as unknown characters', () => {
    expect(textWidth('õäöü', 14)).toBeCloseTo(textWidth('oaou', 14), 0);
  });

  it('errs on the wide side of what Chromium measured for Roboto (8092 thousandths of an em for "Poliitikavaldkonna")', () => {
    expect(textWidth('Poliitikavaldkonna', 1000)).toBeGreaterThanOrEqual(8092);
    expect(textWidth('Poliitikavaldkonna', 1000)).toBeLessThan(8092 * 1.1);
  });
});

describe('wrapText', () => {
  it('keeps every line within the width and every word, in order', () => {
    const text = 'Nakkushaiguste ennetamise ja tõrje poliitika';
    const { lines, width } = wrapText(text, 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(width).toBe(Math.max(...lines.map((line) => textWidth(line, 14))));
  });

  it('never cuts a word longer than the line: it stands alone and the width says how wide it is', () => {
    const { lines, width } = wrapText('Ravimi- ja meditsiiniseadmepoliitika', 60, 14);
    expect(lines).toEqual(['Ravimi-', 'ja', 'meditsiiniseadmepoliitika']);
    expect(width).toBe(longestWordWidth('Ravimi- ja meditsiiniseadmepoliitika', 14));
    expect(width).toBeGreaterThan(60);
  });

  it('gives one line for text that fits and none for empty text', () => {
    expect(wrapText('Kantsler', 200, 14).lines).toEqual(['Kantsler']);
    expect(wrapText('  ', 200, 14)).toEqual({ lines: [], width: 0 });
  });
});
