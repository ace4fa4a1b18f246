import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentIndexReader } from '../../src/integrations/site-config.ts';

describe("the Markdown plugins' index of entries", () => {
  const work = mkdtempSync(join(tmpdir(), 'vajs-index-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const file = join(work, 'snapshot.json');
  // Only what the index reads of a snapshot: its entries.
  const writeEntries = (names: string[]) =>
    writeFileSync(file, JSON.stringify({ entries: names.map((name) => ({ collection: 'positions', id: name.toLowerCase(), file: `content/positions/${name.toLowerCase()}.yaml`, data: { name } })) }));
  writeEntries(['Kvaliteedijuht']);
  utimesSync(file, 1, 1);
  const index = contentIndexReader(() => file, work);

  it('is read from the snapshot once while the snapshot stays as it is', () => {
    expect(index().titles.get('positions/kvaliteedijuht')).toBe('Kvaliteedijuht');
    expect(index()).toBe(index());
  });

  it('is read again when the dev server has rewritten the snapshot: a new entry is found', () => {
    writeEntries(['Kvaliteedijuht', 'Arendusjuht']);
    utimesSync(file, 2, 2);
    expect(index().titles.get('positions/arendusjuht')).toBe('Arendusjuht');
  });
});
