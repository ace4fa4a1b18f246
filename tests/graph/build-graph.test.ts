import { describe, expect, it } from 'vitest';
import { buildGraph, type Graph, linkedGraph, referencesOf, splitEntryKey, valuesAtPath } from '../../src/graph/build-graph.ts';
import { partialEntry as entry } from '../support/partial-entry.ts';

describe('valuesAtPath', () => {
  it('expands lists and keeps the concrete path of each value', () => {
    const data = { participants: [{ role: 'minister' }, { name: 'osakonna töötajad' }, { role: 'kantsler' }] };
    expect(valuesAtPath(data, 'participants[].role')).toEqual([
      { value: 'minister', at: ['participants', 0, 'role'] },
      { value: 'kantsler', at: ['participants', 2, 'role'] },
    ]);
  });
});

describe('splitEntryKey', () => {
  it('reads the collection and the id of a key as the graph writes it', () => {
    expect(splitEntryKey('processes/p15')).toEqual({ collection: 'processes', id: 'p15' });
  });

  it('refuses a key whose first part is no collection', () => {
    expect(() => splitEntryKey('protsessid/p15')).toThrow('"protsessid/p15" is no entry key: "protsessid" is no collection.');
  });
});

describe('buildGraph', () => {
  const entries = [
    entry('positions', 'kvaliteedijuht', { name: 'Kvaliteedijuht' }),
    entry('processes', 'p15', { owner: 'kvaliteedijuht', guides: [] }),
    entry('roles', 'minister', {}),
    entry('bodies', 'ministri-koosolek', { participants: [{ name: 'Minister', role: 'minister' }] }),
    entry('pages', 'taust', {}, 'Vaata [](ref:processes/p15).\n'),
  ];
  const { graph, problems } = buildGraph(entries);

  it('resolves a process owner in both directions', () => {
    expect(graph.outgoing('processes', 'p15')).toEqual([
      { from: 'processes/p15', to: 'positions/kvaliteedijuht', relation: 'ownedBy', inverse: 'owns', field: 'owner' },
    ]);
    expect(graph.incoming('positions', 'kvaliteedijuht').map((edge) => [edge.from, edge.inverse])).toEqual([['processes/p15', 'owns']]);
  });

  it('relates bodies and roles through their participants', () => {
    expect(graph.incoming('roles', 'minister').map((edge) => [edge.from, edge.inverse])).toEqual([['bodies/ministri-koosolek', 'participatesIn']]);
  });

  it('counts a ref: link in prose as a backlink', () => {
    expect(graph.incoming('processes', 'p15').map((edge) => [edge.from, edge.relation])).toEqual([['pages/taust', 'mentions']]);
  });

  it('finds no problems when every target exists', () => {
    expect(problems).toEqual([]);
  });

  it('reports a missing target without a file as the entry key', () => {
    const result = buildGraph([entry('processes', 'p13', { owner: 'kriisijuht' })]);
    expect(result.problems.map((problem) => [problem.code, problem.file, problem.message])).toEqual([
      ['UnknownReference', 'processes/p13', 'Väljal „owner“ on „kriisijuht“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.'],
    ]);
  });

  it('does not report a reference to an entry that exists but failed its schema', () => {
    const result = buildGraph([entry('processes', 'p13', { owner: 'kvaliteedijuht' })], ['positions/kvaliteedijuht']);
    expect(result.problems).toEqual([]);
  });
});

describe('linkedGraph', () => {
  const entries = [
    entry('positions', 'kvaliteedijuht', { name: 'Kvaliteedijuht' }),
    entry('positions', 'kantsler', { name: 'Kantsler' }),
    entry('processes', 'p15', { owner: 'kvaliteedijuht', guides: [] }),
    entry('processes', 'p02', { owner: 'kantsler' }),
    entry('roles', 'minister', {}),
    entry('bodies', 'ministri-koosolek', { participants: [{ name: 'Minister', role: 'minister' }, { name: 'Kantsler', role: 'minister' }] }),
    entry('pages', 'taust', {}, 'Vaata [](ref:processes/p15) ja [](ref:positions/kantsler).\n'),
  ];
  const built = buildGraph(entries).graph;
  const both = (graph: Graph, collection: 'positions' | 'processes' | 'roles' | 'bodies' | 'pages', id: string) => [graph.outgoing(collection, id), graph.incoming(collection, id)];

  it('is the graph buildGraph makes, each direction in the same order, from the references a check handed on', () => {
    // The prose is not read again: the page's body is gone, and its links are still there.
    const linked = linkedGraph(entries.map((item) => ({ ...item, body: undefined })), referencesOf(built, entries));
    for (const { collection, id } of entries) expect(both(linked, collection, id)).toEqual(both(built, collection, id));
    expect(linked.incoming('positions', 'kantsler').map((edge) => edge.from)).toEqual(['processes/p02', 'pages/taust']);
  });

  it('leaves out a reference to an entry that is not among its entries', () => {
    const linked = linkedGraph(entries.filter((item) => item.id !== 'kantsler'), referencesOf(built, entries));
    expect(linked.outgoing('processes', 'p02')).toEqual([]);
    expect(linked.outgoing('pages', 'taust').map((edge) => edge.to)).toEqual(['processes/p15']);
  });
});
