import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { RoleSchema, type Role } from '../../src/model/role.ts';
import { containment, describeRole, paragraphsOf, saidAlready, sentencesOf, subheadingOf } from '../../src/site/role-view.ts';

const makeRole = (fields: Partial<Role>): Role => RoleSchema.parse({ name: 'Roll', kind: 'juhtimistasand', order: 0, source: 'S1', ...fields });

// The published version never changes: what its role pages show can be stated exactly.
const published = checkContent('versions/3/content', 'content');
const role = (id: string): Role => {
  const entry = published.entries.find((candidate) => candidate.collection === 'roles' && candidate.id === id);
  if (!entry) throw new Error(`No role ${id}`);
  return RoleSchema.parse(entry.data);
};

describe('containment', () => {
  it('is 1 for a text inside another, whatever the punctuation and case', () => {
    expect(containment('vastutab eelarve eest;', 'Juhib tööd. Vastutab eelarve eest.')).toBe(1);
  });

  it('stays near 1 when a conjunction takes the place of a comma', () => {
    expect(containment('Esindab vaadet, seab prioriteete.', 'Esindab vaadet ning seab prioriteete')).toBeGreaterThan(0.95);
  });

  it('falls when the text has a clause the other lacks', () => {
    expect(containment('Vastutab sisuliste tööotsuste, dokumentide ja arengutegevuste eest.', 'Vastutab eelarve eest.')).toBeLessThan(0.6);
  });
});

describe('saidAlready', () => {
  it('finds a line that a shown duty says with one word less', () => {
    expect(saidAlready('Vastutab oma poliitikavaldkonna eelarve tervikpildi hoidmise eest.', ['vastutab poliitikavaldkonna eelarve tervikpildi hoidmise eest;'])).toBe(true);
  });

  it('keeps a line that nothing shown says', () => {
    expect(saidAlready('Kinnitab ministeeriumi koosseisu.', ['Seab ministeeriumi strateegilised eesmärgid.'])).toBe(false);
  });
});

describe('paragraphsOf and sentencesOf', () => {
  it('part a field at blank lines and drop a slide bullet', () => {
    expect(paragraphsOf('Esimene lõik.\n\n• Teine lõik.')).toEqual(['Esimene lõik.', 'Teine lõik.']);
  });

  it('part a paragraph at sentence ends, not at abbreviations in lower case', () => {
    expect(sentencesOf('Roll on juhtimine (sh kujundamine). Vastutus on eesmärgid.')).toEqual(['Roll on juhtimine (sh kujundamine).', 'Vastutus on eesmärgid.']);
  });
});

describe('subheadingOf', () => {
  it('shows no subheading that only repeats the section heading', () => {
    expect(subheadingOf('Ülesanded ja vastutus', 'Ülesanded ja vastutus')).toBeUndefined();
  });

  it('keeps what a group heading adds to the section heading', () => {
    expect(subheadingOf('Ülesanded ja vastutus portfellijuhina', 'Ülesanded ja vastutus')).toBe('Portfellijuhina');
  });

  it('keeps a group heading of its own', () => {
    expect(subheadingOf('Muud ülesanded', 'Ülesanded ja vastutus')).toBe('Muud ülesanded');
  });
});

describe('describeRole', () => {
  it('leaves out the slides\' row when it repeats the annex word for word', () => {
    const view = describeRole(makeRole({ summary: 'Roll on toetada eesmärke.', overview: 'Roll on toetada eesmärke.' }));
    expect(view.lead).toEqual(['Roll on toetada eesmärke.']);
    expect(view.slides).toBeUndefined();
  });

  it('keeps the slides\' footnote when their row repeats the annex', () => {
    const view = describeRole(makeRole({ summary: 'Roll on toetada eesmärke.', overview: 'Roll on toetada eesmärke.', overviewNote: 'Võib olla määratud teisiti.' }));
    expect(view.slides).toEqual({ paragraphs: [], footnote: 'Võib olla määratud teisiti.' });
  });

  it('shows the slides\' row whole when it says something else', () => {
    const view = describeRole(makeRole({ levelDescription: ['Seab eesmärgid.'], overview: 'Juhib ministeeriumi tööd arengukavade järgi. Seab eesmärgid.' }));
    expect(view.slides?.paragraphs).toEqual(['Juhib ministeeriumi tööd arengukavade järgi. Seab eesmärgid.']);
  });

  it('makes the slides\' row the description of a role no other source describes', () => {
    const view = describeRole(makeRole({ kind: 'koostöömudel', overview: 'Tiimi roll on toetada teenuse eesmärke.' }));
    expect(view.lead).toEqual(['Tiimi roll on toetada teenuse eesmärke.']);
    expect(view.slides).toBeUndefined();
  });

  it('makes Table 1 the duties of a role without an annex, with its NB note', () => {
    const view = describeRole(makeRole({ levelDescription: ['Seab eesmärgid.', 'Vastutab eelarve eest.'], levelNote: 'NB! Võib olla ka muus rollis.' }));
    expect(view.duties).toEqual({ heading: 'Ülesanded ja vastutus', source: 'S1 tabel 1', groups: [{ duties: ['Seab eesmärgid.', 'Vastutab eelarve eest.'] }], note: 'NB! Võib olla ka muus rollis.' });
    expect(view.level).toBeUndefined();
  });

  it('shows of Table 1 only what the annex does not say', () => {
    const view = describeRole(makeRole({
      annex: 'LISA 9',
      summary: 'Roll on juhtida valdkonda.',
      dutyGroups: [{ heading: 'Ülesanded ja vastutus', duties: ['vastutab valdkonna eelarve eest;'] }],
      levelDescription: ['Vastutab valdkonna eelarve eest.', 'Kinnitab tööplaani.'],
    }));
    expect(view.duties).toEqual({ heading: 'Ülesanded ja vastutus', source: 'S1 LISA 9', groups: [{ subheading: undefined, duties: ['vastutab valdkonna eelarve eest;'] }] });
    expect(view.level).toEqual({ heading: 'Lisaks juhtimistasandite tabelis (S1 tabel 1)', lines: ['Kinnitab tööplaani.'], note: undefined });
  });
});

describe('the published role pages', () => {
  it('Poliitikajuht: the annex whole, one line of Table 1 besides, no slides (they repeat the annex)', () => {
    const view = describeRole(role('poliitikajuht'));
    expect(view.lead).toHaveLength(1);
    expect(view.duties?.groups).toHaveLength(1);
    expect(view.duties?.groups[0]?.subheading).toBeUndefined();
    expect(view.level?.lines).toEqual(['Vastutab sisuliste tööotsuste, dokumentide ja arengutegevuste eest.']);
    expect(view.slides).toBeUndefined();
  });

  it('Tuumiktiimi liige: the slides repeat the annex\'s opening and go', () => {
    expect(describeRole(role('tuumiktiimi-liige')).slides).toBeUndefined();
  });

  it('Teenusejuht: Table 1\'s NB note and the slides\' footnote stay', () => {
    const view = describeRole(role('teenusejuht'));
    expect(view.level?.heading).toBe('Lisaks juhtimistasandite tabelis (S1 tabel 1)');
    expect(view.level?.note).toMatch(/^NB! Teenusejuhi rolli võib asutuses täita/);
    expect(view.slides?.footnote).toMatch(/^Tuumiktiimi panustamise roll/);
    // The slides add the agencies' own goals: "kooskõlas poliitikavaldkonna ja asutustes tegevusvaldkonna eesmärkidega".
    expect(view.slides?.paragraphs).toHaveLength(1);
    expect(view.duties?.groups.map((group) => group.subheading)).toEqual(['Asutuses', 'Tuumiktiimi liikmena']);
  });

  it('Kantsler: Table 1 as duties and the slides\' different wording once', () => {
    const view = describeRole(role('kantsler'));
    expect(view.duties?.source).toBe('S1 tabel 1');
    expect(view.slides?.paragraphs).toHaveLength(1);
  });

  it('Minister: the slides\' row differs from Table 1 by a comma and is not repeated', () => {
    expect(describeRole(role('minister')).slides).toBeUndefined();
  });
});
