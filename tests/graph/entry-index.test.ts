import { describe, expect, it } from 'vitest';
import { isIn } from '../../src/graph/build-graph.ts';
import { indexHandbook } from '../../src/graph/entry-index.ts';
import { partialEntry } from '../support/partial-entry.ts';

describe('indexHandbook', () => {
  const handbook = indexHandbook([
    partialEntry('processes', 'p15', { name: 'Poliitikajuhtimise protsess', order: 2 }),
    partialEntry('positions', 'kvaliteedijuht', { name: 'Kvaliteedijuht' }),
    partialEntry('processes', 'p02', { name: 'Strateegiline planeerimine', order: 1 }),
    partialEntry('processes', 'õigusloome', { name: 'Õigusloome protsess', order: 2 }),
    partialEntry('processes', 'analuus', { name: 'Analüüsiprotsess', order: 2 }),
    // The same id in another collection: a lookup of one collection never answers with it.
    partialEntry('roles', 'p15', { name: 'Roll' }),
  ]);

  it('lists the entries of one collection only, by order and then by id as Estonian sorts', () => {
    expect(handbook.all('processes').map((entry) => [entry.collection, entry.id])).toEqual([
      ['processes', 'p02'],
      ['processes', 'analuus'],
      ['processes', 'p15'],
      ['processes', 'õigusloome'],
    ]);
    expect(handbook.all('positions').map((entry) => entry.id)).toEqual(['kvaliteedijuht']);
    expect(handbook.all('units')).toEqual([]);
  });

  it('finds an entry in the collection asked for, not one of the same id elsewhere', () => {
    expect(handbook.entry('processes', 'p15').data.name).toBe('Poliitikajuhtimise protsess');
    expect(handbook.entry('roles', 'p15').data.name).toBe('Roll');
    expect(handbook.graph.get('positions', 'p15')).toBeUndefined();
  });

  it('throws for an id the handbook lacks, naming the collection and the id', () => {
    expect(() => handbook.entry('positions', 'kriisijuht')).toThrow('No positions entry "kriisijuht": the checker should have stopped the build.');
  });
});

describe('isIn', () => {
  it('keeps the entries of its collection', () => {
    const entries = [partialEntry('roles', 'minister'), partialEntry('processes', 'p15'), partialEntry('roles', 'kantsler')];
    expect(entries.filter(isIn('roles')).map((entry) => entry.id)).toEqual(['minister', 'kantsler']);
    expect(entries.filter(isIn('bodies'))).toEqual([]);
  });
});
