import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateHandbook, planSizes } from '../../scripts/lib/generate-handbook.ts';
import { publishGeneratedVersion } from '../../scripts/lib/generate-versions.ts';
import { checkContent } from '../../src/check/check-content.ts';
import { readContentTree } from '../../src/loading/read-content.ts';
import { diffVersions } from '../../src/versioning/diff-versions.ts';
import { readPublishedVersions } from '../../src/versioning/verify-snapshots.ts';

const work = mkdtempSync(join(tmpdir(), 'vajs-generated-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function writeHandbook(entries: number): string {
  const root = join(work, String(entries));
  for (const file of generateHandbook(entries)) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return root;
}

describe('generateHandbook', () => {
  it.each([50, 1200])('writes exactly %i entries that pass the checker without a problem', (entries) => {
    const result = checkContent(writeHandbook(entries));
    expect(result.problems).toEqual([]);
    expect(result.entries).toHaveLength(entries);
  });

  it('links entries to each other as a real handbook does', () => {
    const result = checkContent(writeHandbook(300));
    expect(result.graph.incoming('positions', 'ametikoht-1').length).toBeGreaterThan(3);
    expect(result.graph.incoming('processes', 'p01').map((edge) => edge.relation)).toContain('mentions');
  });

  it('caps coded processes at P99 and fills up with other entries', () => {
    expect(planSizes(20_000).processes).toBe(99);
    expect(generateHandbook(20_000)).toHaveLength(20_000);
  });
});

describe('publishGeneratedVersion', () => {
  it('publishes versions that pass the checker, with owners, names, schedules, prose and terms changing between them', () => {
    const out = join(work, 'versions');
    for (const version of [1, 2, 3]) publishGeneratedVersion(out, 200, version);
    const { versions, problems } = readPublishedVersions(join(out, 'versions'));
    expect(problems).toEqual([]);
    expect(versions.map((item) => item.version)).toEqual([1, 2, 3]);
    const entriesOf = (version: number) => readContentTree(join(out, 'versions', String(version), 'content')).entries;
    const kinds = new Set(diffVersions(entriesOf(2), entriesOf(3)).map((change) => (change.kind === 'field' ? change.field : change.kind)));
    expect([...kinds].sort()).toEqual(['added', 'approval', 'frequency', 'owner', 'prose', 'removed', 'renamed', 'version']);
  });
});
