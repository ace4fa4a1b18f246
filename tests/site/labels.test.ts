import { describe, expect, it } from 'vitest';
import { COLLECTION_KEYS, COLLECTIONS } from '../../src/model/collections.ts';
import { REFERENCE_FIELDS } from '../../src/model/references.ts';
import { BACKLINK_HEADINGS, backlinkHeading } from '../../src/site/labels.ts';

const FALLBACK = backlinkHeading('nothing', 'nothing', 'nothing');

describe('backlinkHeading', () => {
  it('has its own heading for every reference field, not the fallback', () => {
    const missing = REFERENCE_FIELDS.filter((field) => backlinkHeading(field.from, field.inverse, field.to) === FALLBACK).map((field) => `${field.from}.${field.path}`);
    expect(missing).toEqual([]);
  });

  it('has one for the prose of every collection that has prose, since prose links to any entry', () => {
    const withProse = COLLECTION_KEYS.filter((key) => COLLECTIONS[key].format !== 'yaml');
    expect(withProse.filter((key) => backlinkHeading(key, 'mentionedIn', 'positions') === FALLBACK)).toEqual([]);
  });

  it('says the relation as a sentence about the page\'s entry, by the kind of the linking entries', () => {
    expect(backlinkHeading('processes', 'owns', 'positions')).toBe('Protsessid, mille omanik on see ametikoht');
    expect(backlinkHeading('initiatives', 'owns', 'positions')).toBe('Algatused, mida see ametikoht juhib');
    expect(backlinkHeading('bodies', 'participatesIn', 'roles')).toBe('Kogud, kus see roll osaleb');
    expect(backlinkHeading('positions', 'hasPost', 'units')).toBe('Selle üksuse ametikohad');
    expect(backlinkHeading('positions', 'hasPost', 'organizations')).toBe('Selle asutuse ametikohad');
  });

  it('has no heading left that no relation uses', () => {
    const used = new Set([
      ...REFERENCE_FIELDS.flatMap((field) => [`${field.from}.${field.inverse}`, `${field.from}.${field.inverse}.${field.to}`]),
      ...COLLECTION_KEYS.map((key) => `${key}.mentionedIn`),
    ]);
    expect(Object.keys(BACKLINK_HEADINGS).filter((key) => !used.has(key))).toEqual([]);
  });
});
