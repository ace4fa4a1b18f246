import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/graph/build-graph.ts';
import { createSynonymMatcher } from '../../src/search/synonyms.ts';
import { searchFacets } from '../../src/site/search-facets.ts';
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
