import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.ts';
import { unknownReference } from '../../src/graph/unknown-reference.ts';
import { partialEntry as entry } from '../support/partial-entry.ts';

describe('unknownReference', () => {
  const { graph } = buildGraph([entry('positions', 'kvaliteedijuht'), entry('roles', 'poliitikajuht'), entry('glossary', 'ska')]);

  it('says in one sentence where the value stands, what it is and which collection lacks it', () => {
    const problem = unknownReference(graph, { file: 'content/processes/p13.yaml', line: 5, field: 'owner', value: 'kvaliteedijuh', collection: 'positions', id: 'kvaliteedijuh', fieldChoosesCollection: true });
    expect(problem).toEqual({
      code: 'UnknownReference',
      severity: 'error',
      file: 'content/processes/p13.yaml',
      line: 5,
      field: 'owner',
      message: 'Väljal „owner“ on „kvaliteedijuh“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.',
      hint: 'Kas mõtlesid „kvaliteedijuht“? Kogu „Ametikohad“ id-d on failinimed kaustas content/positions/.',
    });
  });

  it('names a place other than a field, e.g. a component’s attribute, in the same sentence', () => {
    const place = 'Komponendi „<RoleAnnex role="kvaliteedijuht" />“ atribuudis „role“';
    const problem = unknownReference(graph, { file: 'content/handbook/lisad.mdx', line: 3, field: 'body', place, value: 'kvaliteedijuht', collection: 'roles', id: 'kvaliteedijuht', fieldChoosesCollection: true });
    expect([problem.field, problem.message, problem.hint]).toEqual([
      'body',
      'Komponendi „<RoleAnnex role="kvaliteedijuht" />“ atribuudis „role“ on „kvaliteedijuht“, kuid kogus „Rollid“ sellise id-ga kirjet ei ole.',
      'Kogus „Ametikohad“ on kirje „kvaliteedijuht“, kuid see väli viitab kogule „Rollid“. Kogu „Rollid“ id-d on failinimed kaustas content/roles/.',
    ]);
  });

  it('where the author names the collection too, says where the id exists instead, but not the entry that holds the reference', () => {
    const elsewhere = unknownReference(graph, { file: 'content/glossary/tere.yaml', line: 3, field: 'related', value: 'positions/poliitikajuht', collection: 'positions', id: 'poliitikajuht', fieldChoosesCollection: false, from: 'glossary/tere' });
    expect(elsewhere.hint).toBe('„poliitikajuht“ on olemas kogus „Rollid“ (roles/). Kogu „Ametikohad“ id-d on failinimed kaustas content/positions/.');
    const itself = unknownReference(graph, { file: 'content/glossary/ska.yaml', line: 3, field: 'related', value: 'organizations/ska', collection: 'organizations', id: 'ska', fieldChoosesCollection: false, from: 'glossary/ska' });
    expect([itself.message, itself.hint]).toEqual(['Väljal „related“ on „organizations/ska“, kuid kogus „Asutused“ sellise id-ga kirjet ei ole.', 'Kogu „Asutused“ id-d on failinimed kaustas content/organizations/.']);
  });
});
