import { describe, expect, it } from 'vitest';
import { placeFunctions } from '../../src/site/function-wording.ts';

const fn = (id: string, name: string) => ({ id, name });
const joined = (wording: string, functions: { id: string; name: string }[]) =>
  placeFunctions(wording, functions).pieces.map((piece) => piece.text).join('');

describe('placeFunctions', () => {
  it('marks each function where its name stands, case aside', () => {
    const { pieces, unplaced } = placeFunctions('Võimestaja, nõustaja, kontrollija', [fn('voimestaja', 'Võimestaja'), fn('noustaja', 'Nõustaja'), fn('kontrollija', 'Kontrollija')]);
    expect(pieces).toEqual([
      { text: 'Võimestaja', function: 'voimestaja' },
      { text: ', ' },
      { text: 'nõustaja', function: 'noustaja' },
      { text: ', ' },
      { text: 'kontrollija', function: 'kontrollija' },
    ]);
    expect(unplaced).toEqual([]);
  });

  it('finds a function of a shortened series by its last word', () => {
    const wording = 'Protsesside algataja, juht ja vastutaja';
    const { pieces, unplaced } = placeFunctions(wording, [fn('algataja', 'Protsesside algataja'), fn('juht', 'Protsesside juht'), fn('vastutaja', 'Protsesside vastutaja')]);
    expect(pieces.filter((piece) => piece.function).map((piece) => [piece.text, piece.function])).toEqual([
      ['Protsesside algataja', 'algataja'],
      ['juht', 'juht'],
      ['vastutaja', 'vastutaja'],
    ]);
    expect(unplaced).toEqual([]);
  });

  it('marks the whole name, not a word inside another ("kõneisik" of "valdkonna kõneisik")', () => {
    const { pieces } = placeFunctions('SKA paikkonna saadik, kõneisik, valdkonna kõneisik', [fn('saadik', 'Paikkonna saadik'), fn('koneisik', 'Valdkonna kõneisik')]);
    expect(pieces.filter((piece) => piece.function).map((piece) => piece.text)).toEqual(['paikkonna saadik', 'valdkonna kõneisik']);
  });

  it('reports a function the wording names in other words, in the data\'s order', () => {
    const { unplaced } = placeFunctions('Juhib inimesi, sh on strateegiline planeerija', [fn('inimeste-juht', 'Inimeste juht'), fn('planeerija', 'Strateegiline planeerija')]);
    expect(unplaced).toEqual(['inimeste-juht']);
  });

  it('gives the wording back unchanged', () => {
    const wording = 'Protsesside looja, kujundaja, juht ja disainmõtlemise meetodil kasutajakogemuse parendaja, võimestaja, nõustaja.';
    expect(joined(wording, [fn('looja', 'Protsesside looja'), fn('kujundaja', 'Protsesside kujundaja'), fn('noustaja', 'Nõustaja')])).toBe(wording);
  });
});
