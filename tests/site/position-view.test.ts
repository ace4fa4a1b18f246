import { describe, expect, it } from 'vitest';
import { REFERENCE_FIELDS } from '../../src/model/references.ts';
import { RESPONSIBILITY_RELATIONS, responsibilitiesOf, seriesSeparator } from '../../src/site/position-view.ts';

describe('responsibilitiesOf', () => {
  it('parts what a post owns and leads by kind, under headings a reader understands', () => {
    const groups = responsibilitiesOf([
      { from: 'processes/p08', inverse: 'owns' },
      { from: 'initiatives/integratsioon', inverse: 'owns' },
      { from: 'supportServices/siseaudit', inverse: 'leads' },
      { from: 'processes/p12', inverse: 'owns' },
      { from: 'handbook/lisad', inverse: 'mentionedIn' },
    ]);
    expect(groups.map((group) => [group.heading, group.keys])).toEqual([
      ['Protsessid, mille omanik see ametikoht on', ['processes/p08', 'processes/p12']],
      ['Tugiteenused, mida see ametikoht juhib', ['supportServices/siseaudit']],
      ['Algatused, mida see ametikoht juhib', ['initiatives/integratsioon']],
    ]);
  });

  it('covers every reference that names a post its owner or lead, so none is lost from the page', () => {
    const toPosts = REFERENCE_FIELDS.filter((field) => field.to === 'positions' && RESPONSIBILITY_RELATIONS.includes(field.inverse));
    for (const field of toPosts) {
      expect(responsibilitiesOf([{ from: `${field.from}/x`, inverse: field.inverse }]), `${field.from}.${field.path}`).toHaveLength(1);
    }
    expect(toPosts.length).toBeGreaterThanOrEqual(4);
  });
});

describe('seriesSeparator', () => {
  it('reads a series as "A, B või C"', () => {
    expect(['A', 'B', 'C'].map((item, index) => seriesSeparator(index, 3, 'või') + item).join('')).toBe('A, B või C');
  });

  it('puts nothing before a single item and the conjunction between two', () => {
    expect(seriesSeparator(0, 1, 'või')).toBe('');
    expect(seriesSeparator(1, 2, 'või')).toBe(' või ');
  });
});
