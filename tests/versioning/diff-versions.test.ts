import { describe, expect, it } from 'vitest';
import { describeChange, diffVersions, type VersionEntry } from '../../src/versioning/diff-versions.ts';
import { diffProse, diffWords } from '../../src/versioning/word-diff.ts';

const position = (id: string, name: string): VersionEntry => ({ collection: 'positions', id, data: { name } });
const process = (data: Record<string, unknown>): VersionEntry => ({ collection: 'processes', id: 'p13', data: { code: 'P13', name: 'Kriisireguleerimise protsess', owner: 'kriisijuht', order: 1, ...data } });
const body = (frequency: Record<string, unknown>): VersionEntry => ({ collection: 'bodies', id: 'kantsleri-koosolek', data: { name: 'Kantsleri koosolek', frequency } });
const positions = [position('kriisijuht', 'Kriisireguleerimise juht'), position('kvaliteedijuht', 'Kvaliteedijuht')];

describe('diffVersions', () => {
  it('says a changed owner with the names of the posts, not their ids', () => {
    const changes = diffVersions([...positions, process({})], [...positions, process({ owner: 'kvaliteedijuht' })]);
    expect(changes.map(describeChange)).toEqual(['P13 omanik: Kriisireguleerimise juht → Kvaliteedijuht']);
  });

  it('says a changed frequency in the words of the source', () => {
    const changes = diffVersions([body({ asWritten: 'kord nädalas', times: 1, per: 'nädal' })], [body({ asWritten: '2 korda kuus', times: 2, per: 'kuu' })]);
    expect(changes.map(describeChange)).toEqual(['Kantsleri koosolek regulaarsus: kord nädalas → 2 korda kuus']);
  });

  it('finds entries added and removed', () => {
    const changes = diffVersions([position('kriisijuht', 'Kriisireguleerimise juht')], [position('kvaliteedijuht', 'Kvaliteedijuht')]);
    expect(changes.map(describeChange)).toEqual(['Kvaliteedijuht: lisatud', 'Kriisireguleerimise juht: eemaldatud']);
  });

  it('says a rename once, not again as a changed name', () => {
    const changes = diffVersions([position('kriisijuht', 'Kriisijuht')], [position('kriisijuht', 'Kriisireguleerimise ja toimepidevuse juht')]);
    expect(changes.map(describeChange)).toEqual(['Kriisijuht → Kriisireguleerimise ja toimepidevuse juht: nimi muudetud']);
  });

  it('ignores the order of rows and unchanged entries', () => {
    expect(diffVersions([...positions, process({ order: 1 })], [...positions, process({ order: 9 })])).toEqual([]);
  });

  it('shows a field that became empty or was filled in', () => {
    const changes = diffVersions([process({ status: 'loomisel' })], [process({})]);
    expect(changes.map(describeChange)).toEqual(['P13 staatus: loomisel → (puudub)']);
  });

  it('gives prose changes word by word, paragraph by paragraph', () => {
    const chapter = (text: string): VersionEntry => ({ collection: 'handbook', id: 'peatukk', data: { title: 'Peatükk', number: '1' }, body: text });
    const [change] = diffVersions([chapter('Esimene lõik jääb.\n\nKoosolek toimub kord nädalas.')], [chapter('Esimene lõik jääb.\n\nKoosolek toimub kaks korda kuus.')]);
    expect(change).toMatchObject({ kind: 'prose', title: '1. Peatükk' });
    expect(change && change.kind === 'prose' && change.paragraphs).toEqual([
      [
        { op: 'same', text: 'Koosolek toimub' },
        { op: 'removed', text: 'kord nädalas.' },
        { op: 'added', text: 'kaks korda kuus.' },
      ],
    ]);
  });
});

describe('diffProse', () => {
  it('shows a new paragraph and a removed one whole', () => {
    expect(diffProse('Üks.\n\nKaks.', 'Üks.\n\nKolm on uus.\n\nKaks.')).toEqual([[{ op: 'added', text: 'Kolm on uus.' }]]);
    expect(diffProse('Üks.\n\nKaks.', 'Kaks.')).toEqual([[{ op: 'removed', text: 'Üks.' }]]);
  });

  it('finds nothing in the same text with other line breaks', () => {
    expect(diffProse('Üks kaks\nkolm.', 'Üks kaks kolm.')).toEqual([]);
  });
});

describe('diffWords', () => {
  it('keeps the words in common and marks the rest', () => {
    expect(diffWords('a b c', 'a x c')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
    ]);
  });
});
