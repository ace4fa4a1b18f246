import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/graph/build-graph.ts';
import { indexHandbook } from '../../src/graph/entry-index.ts';
import { createSynonymMatcher } from '../../src/search/synonyms.ts';
import { handbookFacets, searchFacets } from '../../src/site/search-facets.ts';
import { partialEntry } from '../support/partial-entry.ts';

const entries: GraphEntry[] = [
  partialEntry('organizations', 'som', { name: 'Sotsiaalministeerium', shortName: 'SoM' }),
  partialEntry('organizations', 'ska', { name: 'Sotsiaalkindlustusamet', shortName: 'SKA' }),
  partialEntry('organizations', 'tehik', { name: 'Tervise ja Heaolu Infosüsteemide Keskus' }),
  partialEntry('positions', 'kvaliteedijuht', { name: 'Kvaliteedijuht', organization: 'som' }),
  partialEntry('positions', 'arendusjuht', { name: 'Arendusjuht', organization: 'tehik' }),
  partialEntry('processes', 'p15', { name: 'Poliitikajuhtimise protsess', code: 'P15', status: 'loomisel', owner: 'kvaliteedijuht', order: 1, guides: [] }),
  partialEntry('supportServices', 'digi', { name: 'Digilahenduste koordineerimine', lead: 'arendusjuht', order: 1 }),
  partialEntry('roles', 'ska-testjuht', { name: 'Testjuht', scope: 'SKA' }),
  partialEntry('roles', 'asutuse-juht', { name: 'Asutuse juht', scope: 'asutus' }),
  partialEntry('glossary', 'tere', { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' }),
];
const { graph } = buildGraph(entries);
const synonyms = createSynonymMatcher([{ term: 'TERE', expansion: 'tegevuspõhine riigieelarve' }]);
const facetsOf = (collection: GraphEntry['collection'], id: string) => searchFacets(graph, graph.get(collection, id)!, synonyms);

describe('searchFacets', () => {
  it('gives a process its owner\'s organisation, its status, and forms of its name without the code', () => {
    const facets = facetsOf('processes', 'p15');
    expect(facets).toMatchObject({ type: 'Protsess', organization: 'SoM', status: 'loomisel' });
    expect(facets.nameForms).toContain('protsessile');
    expect(facets.nameForms.some((form) => form.includes('p15'))).toBe(false);
  });

  it('names an organisation by its full name where it has no short one', () => {
    expect(facetsOf('supportServices', 'digi').organization).toBe('Tervise ja Heaolu Infosüsteemide Keskus');
  });

  it('files a role by the organisation its scope names', () => {
    expect(facetsOf('roles', 'ska-testjuht').organization).toBe('SKA');
  });

  it('leaves the organisation out where the data does not say it', () => {
    expect(facetsOf('roles', 'asutuse-juht').organization).toBeUndefined();
    expect(facetsOf('glossary', 'tere').organization).toBeUndefined();
  });

  it('gives status only to processes', () => {
    expect(facetsOf('positions', 'kvaliteedijuht').status).toBeUndefined();
  });

  it('finds the synonyms in the entry\'s own data', () => {
    expect(facetsOf('glossary', 'tere').synonyms).toEqual(['tegevuspõhine riigieelarve', 'TERE']);
  });
});

describe('handbookFacets', () => {
  const withText: GraphEntry[] = [
    ...entries,
    partialEntry('positions', 'eelarvejuht', { name: 'Eelarvejuht', organization: 'som', description: 'Koostab tegevuspõhise riigieelarve.' }),
    partialEntry('processes', 'p16', { name: 'Pensionipoliitika', code: 'P16', status: 'kinnitatud', owner: 'kvaliteedijuht', order: 2, guides: [] }),
    partialEntry('units', 'analuus', { name: 'Analüüsi osakond', description: 'Toetab poliitika kujundamist.' }),
  ];
  const facets = handbookFacets(indexHandbook(withText));

  it('holds the facets of every entry under its key', () => {
    expect(Object.keys(facets).sort()).toEqual(withText.map((entry) => `${entry.collection}/${entry.id}`).sort());
    expect(facets['processes/p15']).toMatchObject({ type: 'Protsess', organization: 'SoM', status: 'loomisel' });
  });

  it("finds in each entry's text the abbreviations of the handbook's glossary", () => {
    expect(facets['positions/eelarvejuht']?.synonyms).toEqual(['TERE']);
    expect(facets['positions/kvaliteedijuht']?.synonyms).toEqual([]);
  });

  it('splits a compound name at a word the handbook uses elsewhere', () => {
    // "poliitika" stands alone in another entry's text, so "Pensionipoliitika" is also found by "pension".
    expect(facets['processes/p16']?.nameParts).toContain('pension');
    const alone = handbookFacets(indexHandbook(withText.filter((entry) => entry.id !== 'analuus')));
    expect(alone['processes/p16']?.nameParts).not.toContain('pension');
  });
});
