import { describe, expect, it } from 'vitest';
import { namesMissingFrom, pieceWording, pieceWordingLines } from '../../src/text/participant-wording.ts';

const marked = (pieces: ReturnType<typeof pieceWording>) => pieces.map((piece) => (piece.participant === undefined ? piece.text : `[${piece.text}]`)).join('');

describe('pieceWording', () => {
  it('keeps the line word for word, "ja/või" and "(vajaduspõhiselt)" included, and marks the names', () => {
    const line = 'Osakonnajuhataja, poliitikajuht ja/või teema omanik (vajaduspõhiselt)';
    const pieces = pieceWording(line, ['Osakonnajuhataja', 'poliitikajuht', 'teema omanik']);
    expect(pieces.map((piece) => piece.text).join('')).toBe(line);
    expect(marked(pieces)).toBe('[Osakonnajuhataja], [poliitikajuht] ja/või [teema omanik] (vajaduspõhiselt)');
    expect(pieces.filter((piece) => piece.participant !== undefined).map((piece) => piece.participant)).toEqual([0, 1, 2]);
  });

  it('finds a name only as a whole word, so "kantsler" is not taken from inside "asekantsler"', () => {
    expect(marked(pieceWording('Minister, asekantsler, kantsler', ['Minister', 'kantsler', 'asekantsler']))).toBe('[Minister], [asekantsler], [kantsler]');
  });

  it('lets the longer name win where two names overlap', () => {
    expect(marked(pieceWording('kõik osakonnajuhatajad', ['osakonnajuhatajad', 'kõik osakonnajuhatajad']))).toBe('[kõik osakonnajuhatajad]');
  });

  it('returns the line as one plain piece when no name stands in it', () => {
    expect(pieceWording('2x kuus (I ja III T)', ['Kantsler'])).toEqual([{ text: '2x kuus (I ja III T)' }]);
  });
});

describe('pieceWordingLines', () => {
  it('marks a participant once, on the first line that names it', () => {
    const lines = pieceWordingLines(['Kantsler, tugiosakondade juhid', 'tugiosakondade juhid (vajaduspõhiselt)'], ['Kantsler', 'tugiosakondade juhid']);
    expect(lines.map(marked)).toEqual(['[Kantsler], [tugiosakondade juhid]', 'tugiosakondade juhid (vajaduspõhiselt)']);
  });
});

describe('namesMissingFrom', () => {
  it('lists the participants the wording does not mention', () => {
    expect(namesMissingFrom(['Minister, kantsler'], ['Minister', 'kantsler', 'asekantslerid'])).toEqual(['asekantslerid']);
  });

  it('is empty when every participant stands in the wording', () => {
    expect(namesMissingFrom(['Poliitikajuht, tuumiktiimi liikmed'], ['Poliitikajuht', 'tuumiktiimi liikmed'])).toEqual([]);
  });
});
