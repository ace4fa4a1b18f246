import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { entriesOf } from '../../src/check/rules/rule.ts';
import { namesMissingFrom } from '../../src/text/participant-wording.ts';
import { ARTEFACTS, MANGLED_WORDS, readAllText } from '../support/extraction-noise.ts';

// The working copy the quality manager edits. Its facts change with every approved edit, so
// these tests assert what must hold of any handbook worth publishing, never counts or values.
const result = checkContent('content', 'content');

describe('the working copy content/', () => {
  it('has no errors: every schema holds and every reference resolves', () => {
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('names an owner for every process, or reports that it has none', () => {
    const reported = new Set(result.problems.filter((problem) => problem.code === 'IncompleteEntry' && problem.message.includes('„owner“')).map((problem) => problem.file));
    const silent = result.entries.filter((entry) => entry.collection === 'processes' && !entry.data.owner && !reported.has(entry.file));
    expect(silent.map((entry) => entry.file)).toEqual([]);
  });

  it('names every participant of a forum in the words of its table row, where those are kept', () => {
    const drifted = entriesOf(result.entries, 'bodies')
      .flatMap(({ id, data }) => (Array.isArray(data.participantsAsWritten) ? [{ id, missing: namesMissingFrom(data.participantsAsWritten, data.participants.map((p) => p.name)) }] : []))
      .filter(({ missing }) => missing.length > 0);
    expect(drifted).toEqual([]);
  });

  it('holds a version of S1 that is a positive whole number with a designation', () => {
    const s1 = result.entries.find((entry) => entry.collection === 'documents' && entry.id === 's1');
    expect(s1?.data).toMatchObject({ designation: 'S1', version: expect.any(Number) });
  });

  describe('its text', () => {
    const text = readAllText('content');

    it('has none of the letters the extraction mangled', () => {
      expect(MANGLED_WORDS.filter((word) => text.includes(word))).toEqual([]);
    });

    it('has none of the extraction artefacts', () => {
      expect(ARTEFACTS.filter((artefact) => text.includes(artefact))).toEqual([]);
    });
  });
});
