import { describe, expect, it } from 'vitest';
import { changesForReaders, isMaintainerNotePath, notedEntries, notesOf, showsMaintainerNotes } from '../../src/site/maintainer-notes.ts';

describe('isMaintainerNotePath', () => {
  it('takes the note of any entry and of a replaced document, not a participant\'s condition from the source', () => {
    expect(isMaintainerNotePath('processes', 'note')).toBe(true);
    expect(isMaintainerNotePath('documents', 'replaces[].note')).toBe(true);
    expect(isMaintainerNotePath('bodies', 'participants[].note')).toBe(false);
    expect(isMaintainerNotePath('processes', 'source')).toBe(false);
  });
});

describe('showsMaintainerNotes', () => {
  it('shows notes in the draft and a single content tree, never in a published version', () => {
    expect(showsMaintainerNotes({ kind: 'draft' })).toBe(true);
    expect(showsMaintainerNotes({ kind: 'single' })).toBe(true);
    expect(showsMaintainerNotes({ kind: 'published' })).toBe(false);
  });
});

describe('notesOf', () => {
  it('lists the entry\'s note and the notes on the documents it replaced, with what each is about', () => {
    const data = { note: ' Loetud tabelist. ', replaces: [{ designation: 'S01', version: 2, note: 'Tähis on ebaühtlane.' }, { designation: 'P16', version: 1, note: '' }] };
    expect(notesOf('documents', data)).toEqual([
      { about: '', text: 'Loetud tabelist.' },
      { about: 'S01 versioon 2', text: 'Tähis on ebaühtlane.' },
    ]);
  });

  it('finds nothing in an entry without notes', () => {
    expect(notesOf('processes', { name: 'Hankeprotsess' })).toEqual([]);
  });
});

describe('notedEntries', () => {
  it('groups the entries that have notes by collection and leaves out the others', () => {
    const groups = notedEntries([
      { collection: 'processes', id: 'p15', data: { note: 'Nimi tabelist.' } },
      { collection: 'processes', id: 'p06', data: {} },
      { collection: 'glossary', id: 'tere', data: { note: 'S1 ptk 2.2.' } },
    ]);
    expect([...groups.keys()]).toEqual(['processes', 'glossary']);
    expect(groups.get('processes')!.map((entry) => entry.id)).toEqual(['p15']);
  });
});

describe('changesForReaders', () => {
  const changes = [
    { kind: 'field', collection: 'processes' as const, id: 'p13', field: 'note' },
    { kind: 'field', collection: 'processes' as const, id: 'p13', field: 'owner' },
    { kind: 'added', collection: 'positions' as const, id: 'arendusjuht' },
  ];

  it('leaves a change of a maintainer\'s note out of a published version\'s list', () => {
    expect(changesForReaders(changes, { kind: 'published' }).map((change) => change.field ?? change.kind)).toEqual(['owner', 'added']);
  });

  it('keeps it in the draft, where the quality manager reads it', () => {
    expect(changesForReaders(changes, { kind: 'draft' })).toEqual(changes);
  });
});
