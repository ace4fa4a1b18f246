import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/model/collections.ts';
import { PUBLISHED_CONTENT } from '../support/build-site.ts';

// The built JSON exports, validated against the JSON Schemas the build generated from the zod
// schemas, by an independent validator.
const siteDir = inject('siteDir');
const readJson = (path: string) => JSON.parse(readFileSync(join(siteDir, path), 'utf8')) as Record<string, unknown>;
const index = readJson('/andmed/index.json') as { collections: { collection: string; count: number; data: string; schema: string }[] };

function createValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv;
}

describe('the data exports (/andmed/)', () => {
  it('list every collection in the index, with as many entries as there are files in the published version', () => {
    expect(index.collections.map((item) => item.collection)).toEqual(COLLECTION_KEYS);
    for (const item of index.collections) {
      const spec = COLLECTIONS[item.collection as keyof typeof COLLECTIONS];
      const files = readdirSync(join(PUBLISHED_CONTENT, spec.folder)).filter((name) => name.endsWith(`.${spec.format}`) && !name.startsWith('_'));
      expect({ collection: item.collection, count: item.count }).toEqual({ collection: item.collection, count: files.length });
    }
  });

  it.each(COLLECTION_KEYS)('%s validates against its generated JSON Schema', (key) => {
    const item = index.collections.find((candidate) => candidate.collection === key)!;
    const validate = createValidator().compile(readJson(item.schema));
    const data = readJson(item.data) as { entries: unknown[] };
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(data.entries).toHaveLength(item.count);
  });

  it('rejects data that breaks the model: an unknown status and a date that is no day', () => {
    const validate = createValidator().compile(readJson('/andmed/skeemid/protsessid.schema.json'));
    const data = readJson('/andmed/protsessid.json') as { entries: { data: Record<string, unknown> }[] };
    data.entries[1]!.data.status = 'valmis';
    data.entries[2]!.data.lastReview = '15.01.2026';
    expect(validate(data)).toBe(false);
    expect([...new Set(validate.errors!.map((error) => error.instancePath))].sort()).toEqual(['/entries/1/data/status', '/entries/2/data/lastReview']);
  });

  it('carries the facts a widget needs: the owner of P13 and the version of S1', () => {
    const processes = readJson('/andmed/protsessid.json') as { document: unknown; entries: { id: string; url: string; data: Record<string, unknown> }[] };
    expect(processes.document).toEqual({ designation: 'S1', version: 3 });
    expect(processes.entries.find((entry) => entry.id === 'p13')).toMatchObject({ url: '/protsessid/p13/', data: { code: 'P13', owner: 'kriisireguleerimis-ja-toimepidevuse-juht' } });
  });
});
