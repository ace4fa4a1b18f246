import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { askRelease, type Ask } from '../../scripts/lib/release-dialogue.ts';

/** A quality manager who types these answers, one per question; the transcript records both sides. */
function typist(answers: string[]) {
  const transcript: string[] = [];
  const ask: Ask = async (question) => {
    const answer = answers.shift();
    transcript.push(`${question}${answer ?? ''}`);
    return answer;
  };
  return { ask, transcript, say: (line: string) => transcript.push(line) };
}

const work = mkdtempSync(join(tmpdir(), 'vajs-dialogue-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const CHANGES = ['P13 omanik: Kriisireguleerimis- ja toimepidevuse juht → Kvaliteedijuht'];

describe('askRelease', () => {
  it('proposes the next version and the last author, takes notes typed line by line, and publishes after "jah"', async () => {
    const { ask, say, transcript } = typist(['', '15.01.2027', '3', '', 'P13 omanik vahetus', '- Lisatud arendusjuht', '', 'jah']);
    const answers = await askRelease(ask, { proposedVersion: 4, proposedAuthor: 'Anni Heinaste', changes: CHANGES, say });
    expect(answers).toEqual({ version: 4, directive: { date: '2027-01-15', number: '3' }, author: 'Anni Heinaste', notes: ['P13 omanik vahetus', 'Lisatud arendusjuht'] });
    expect(transcript).toEqual([
      'Versiooni number [4]: ',
      'Käskkirja kuupäev (pp.kk.aaaa): 15.01.2027',
      'Käskkirja number: 3',
      'Koostaja [Anni Heinaste]: ',
      'Muudatuste loetelu: faili nimi või esimene muudatus (lõpeta tühja reaga): P13 omanik vahetus',
      '  - Lisatud arendusjuht',
      '  ',
      '',
      'Avaldatakse versioon 4, kinnitatud käskkirjaga 15.01.2027 nr 3, koostaja Anni Heinaste.',
      'Muudatuste loetelu:',
      '  – P13 omanik vahetus',
      '  – Lisatud arendusjuht',
      'Muutunud võrreldes kehtiva versiooniga (1):',
      '  P13 omanik: Kriisireguleerimis- ja toimepidevuse juht → Kvaliteedijuht',
      'Kas avaldan versiooni 4? (jah/ei): jah',
    ]);
  });

  it('asks again, saying what is wrong, until a date is a real day, and reads the notes from a file', async () => {
    const notes = join(work, 'muudatused.txt');
    writeFileSync(notes, '- Esimene\n\n- Teine\n');
    const { ask, say, transcript } = typist(['5', '31.02.2027', '2027-01-15', '15.01.2027', 'nr 3', '3', 'Mari Maasikas', notes, 'j']);
    const answers = await askRelease(ask, { proposedVersion: 4, changes: [], say });
    expect(answers).toMatchObject({ version: 5, directive: { date: '2027-01-15', number: '3' }, author: 'Mari Maasikas', notes: ['Esimene', 'Teine'] });
    expect(transcript.filter((line) => line.startsWith('  „') || line.startsWith('  Kirjuta'))).toEqual([
      '  „31.02.2027“ ei ole kuupäev kujul pp.kk.aaaa, nt 15.01.2027.',
      '  „2027-01-15“ ei ole kuupäev kujul pp.kk.aaaa, nt 15.01.2027.',
      '  Kirjuta käskkirja number ilma tühikuteta, nt 3 või 1-2/45.',
    ]);
    expect(transcript).toContain('Sisu ei erine kehtivast versioonist.');
  });

  it('publishes nothing when the answer is "ei", or the input ends', async () => {
    const no = typist(['4', '15.01.2027', '3', 'Mari', 'Muudatus', '', 'ei']);
    expect(await askRelease(no.ask, { proposedVersion: 4, changes: [], say: no.say })).toBeUndefined();
    const ended = typist(['4', '15.01.2027']);
    expect(await askRelease(ended.ask, { proposedVersion: 4, changes: [], say: ended.say })).toBeUndefined();
  });
});
