import { describe, expect, it } from 'vitest';
import { entriesOf, entryOfPath, pathInVersion, standingOf, summarize } from '../../src/versioning/editions.ts';
import type { Manifest } from '../../src/versioning/manifest.ts';

const manifest = (version: number, files: string[]): Manifest => ({
  version,
  directive: { date: '2026-01-15', number: String(version) },
  author: 'Koostaja',
  notes: [],
  releasedOn: '2026-06-01',
  files: Object.fromEntries(files.map((file) => [file, 'x'])),
  sha256: 'x',
});

const [v2, v1] = summarize([manifest(1, ['processes/p13.yaml']), manifest(2, ['processes/p13.yaml', 'positions/arendusjuht.yaml', 'handbook/_mall.mdx'])]);

describe('summarize', () => {
  it('puts the newest version first, at the plain URLs, and the others under their prefix', () => {
    expect([v2?.version, v2?.base, v1?.version, v1?.base]).toEqual([2, '/', 1, '/versioonid/1/']);
  });
});

describe('entriesOf', () => {
  it('names each entry by collection and id, leaving out files that are no entries', () => {
    expect([...entriesOf(manifest(2, ['processes/p13.yaml', 'role-functions/voimestaja.yaml', 'handbook/_mall.mdx']))]).toEqual(['processes/p13', 'roleFunctions/voimestaja']);
  });
});

describe('pathInVersion', () => {
  it('keeps the page when the other version has the entry', () => {
    expect(pathInVersion('/protsessid/p13/', v1!)).toBe('/versioonid/1/protsessid/p13/');
  });

  it('goes to the version\'s home when it lacks the entry', () => {
    expect(pathInVersion('/ametikohad/arendusjuht/', v1!)).toBe('/versioonid/1/');
    expect(pathInVersion('/ametikohad/arendusjuht/', v2!)).toBe('/ametikohad/arendusjuht/');
  });

  it('keeps pages that are no entries: lists, search, the home page', () => {
    expect(pathInVersion('/protsessid/', v1!)).toBe('/versioonid/1/protsessid/');
    expect(pathInVersion('/', v1!)).toBe('/versioonid/1/');
    expect(entryOfPath('/otsing/')).toBeUndefined();
  });
});

describe('standingOf', () => {
  it('names a superseded version, the one in force, and the draft', () => {
    expect(standingOf({ kind: 'published', version: 1, inForce: 2, base: '/versioonid/1/', versions: [] })).toBe('Kehtetu versioon');
    expect(standingOf({ kind: 'published', version: 2, inForce: 2, base: '/', versions: [] })).toBe('Kehtiv versioon');
    expect(standingOf({ kind: 'draft', base: '/', inForce: 2, versions: [] })).toBe('Kinnitamata eelnõu');
  });
});
