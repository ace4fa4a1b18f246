import { describe, expect, it } from 'vitest';
import { compareEstonian } from '../../src/text/estonian-order.ts';

describe('compareEstonian', () => {
  it('sorts in the Estonian alphabet: š z ž after s, õ ä ö ü after w', () => {
    expect(['ülevaatus', 'žürii', 'tervis', 'šoti', 'zooloog', 'õigus', 'sotsiaal', 'ärimudel', 'öö', 'web'].sort(compareEstonian)).toEqual([
      'sotsiaal', 'šoti', 'zooloog', 'žürii', 'tervis', 'web', 'õigus', 'ärimudel', 'öö', 'ülevaatus',
    ]);
  });

  it('gives the order localeCompare with the Estonian locale gives', () => {
    const names = ['Kvaliteedijuht', 'kantsler', 'Õiguspoliitika', 'Asekantsler', 'asutuse juht', 'Šveitsi', 'Zeta', 'P13', 'P2'];
    expect([...names].sort(compareEstonian)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'et')));
  });
});
