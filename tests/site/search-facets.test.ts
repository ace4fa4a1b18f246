import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphEntry } from '../../src/graph/build-graph.ts';
import { createSynonymMatcher } from '../../src/search/synonyms.ts';
import { searchFacets } from '../../src/site/search-facets.ts';

const entries: GraphEntry[] = [
  { collection: 'organizations', id: 'som', data: { name: 'Sotsiaalministeerium', shortName: 'SoM' } },
  { collection: 'organizations', id: 'ska', data: { name: 'Sotsiaalkindlustusamet', shortName: 'SKA' } },
  { collection: 'organizations', id: 'tehik', data: { name: 'Tervise ja Heaolu Infosüsteemide Keskus' } },
  { collection: 'positions', id: 'kvaliteedijuht', data: { name: 'Kvaliteedijuht', organization: 'som' } },
  { collection: 'positions', id: 'arendusjuht', data: { name: 'Arendusjuht', organization: 'tehik' } },
  { collection: 'processes', id: 'p15', data: { name: 'Poliitikajuhtimise protsess', code: 'P15', status: 'loomisel', owner: 'kvaliteedijuht', order: 1, guides: [] } },
  { collection: 'supportServices', id: 'digi', data: { name: 'Digilahenduste koordineerimine', lead: 'arendusjuht', order: 1 } },
  { collection: 'roles', id: 'ska-testjuht', data: { name: 'Testjuht', scope: 'SKA' } },
  { collection: 'roles', id: 'asutuse-juht', data: { name: 'Asutuse juht', scope: 'asutus' } },
  { collection: 'glossary', id: 'tere', data: { term: 'TERE', expansion: 'tegevuspõhine riigieelarve' } },
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
