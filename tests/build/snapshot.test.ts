import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { snapshotOf } from '../../src/build/make-snapshot.ts';
import { readSnapshot, writeSnapshot } from '../../src/build/snapshot.ts';
import { linkedGraph } from '../../src/graph/build-graph.ts';

const CONTENT = resolve('content');

const result = checkContent(CONTENT, 'content', { today: '2026-12-01' });
const snapshot = snapshotOf(CONTENT, result, 'content', '2026-12-01');

describe('the snapshot of the real content', () => {
  it('holds the search facets of every entry the check found valid, by its key', () => {
    expect(Object.keys(snapshot.facets).sort()).toEqual(result.entries.map((entry) => `${entry.collection}/${entry.id}`).sort());
  });

  it('gives an entry that writes an abbreviation of the glossary its expansion: chapter 2 writes TERE', () => {
    expect(snapshot.facets['glossary/tere']?.synonyms).toContain('tegevuspõhine riigieelarve');
    expect(snapshot.facets['handbook/2-valitsemisala-toimimine']?.type).toBe('Peatükk');
    expect(snapshot.facets['handbook/2-valitsemisala-toimimine']?.synonyms).toContain('tegevuspõhine riigieelarve');
  });

  it('survives being written as JSON: the pages read the facets from the file', () => {
    expect(JSON.parse(JSON.stringify(snapshot.facets))).toEqual(snapshot.facets);
  });

  it('holds the sentences of the chapters that mention an entry, with the heading they stand under', () => {
    const [first] = snapshot.mentions['bodies/poliitikavaldkonna-tuumiktiim'] ?? [];
    expect(first?.source).toEqual({ collection: 'handbook', id: '2-valitsemisala-toimimine' });
    expect(first?.heading).toEqual({ text: '2.1.1. Tuumiktiimid', slug: '211-tuumiktiimid' });
    expect(first?.runs[0]).toEqual({ text: 'Poliitikavaldkonna tuumiktiimi', marked: true });
    expect(Object.values(snapshot.mentions).flat().every((mention) => ['handbook', 'pages'].includes(mention.source.collection))).toBe(true);
  });

  it('hands on every reference the check resolved: the pages link the entries into the same graph, through JSON', () => {
    const references: typeof snapshot.references = JSON.parse(JSON.stringify(snapshot.references));
    const linked = linkedGraph(result.entries, references);
    for (const { collection, id } of result.entries) {
      expect(linked.outgoing(collection, id)).toEqual(result.graph.outgoing(collection, id));
      expect(linked.incoming(collection, id)).toEqual(result.graph.incoming(collection, id));
    }
    // Not an empty graph twice: the real content makes some 260 references.
    expect(result.entries.flatMap(({ collection, id }) => linked.outgoing(collection, id)).length).toBeGreaterThan(200);
  });
});

describe('readSnapshot', () => {
  it('parses a snapshot once for every reader of the process, and again once it is written anew', () => {
    const folder = mkdtempSync(join(tmpdir(), 'vajs-snapshot-'));
    try {
      const file = join(folder, 'snapshot.json');
      writeSnapshot(file, snapshot);
      const first = readSnapshot(file);
      expect(first.desk.today).toBe('2026-12-01');
      expect(readSnapshot(file)).toBe(first);
      writeSnapshot(file, { ...snapshot, desk: { ...snapshot.desk, today: '2026-12-02' } });
      expect(readSnapshot(file).desk.today).toBe('2026-12-02');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
