import { describe, expect, it } from 'vitest';
import { formatProblems, summarizeProblems } from '../../src/errors/format.ts';
import { createProblem } from '../../src/errors/problem.ts';

const owner = createProblem('UnknownReference', {
  file: 'content/processes/p13.yaml',
  line: 4,
  field: 'owner',
  message: '`owner` is "kriisijuht", but no position has that id.',
  hint: 'Did you mean "kriisireguleerimis-ja-toimepidevuse-juht"?',
});
const gap = createProblem('IncompleteEntry', { file: 'content/processes/p01.yaml', line: 1, message: 'The process P01 has no `name` yet.' });
const second = createProblem('MissingField', { file: 'content/processes/p13.yaml', line: 9, message: '`kind` is missing, but a process needs it.' });

describe('formatProblems', () => {
  it('lists errors first, grouped by file and labelled, then the warnings, and ends with a summary naming the files with errors', () => {
    expect(formatProblems([gap, second, owner])).toMatchInlineSnapshot(`
      "content/processes/p13.yaml:4
        viga [UnknownReference] \`owner\` is "kriisijuht", but no position has that id.
          Vihje: Did you mean "kriisireguleerimis-ja-toimepidevuse-juht"?
        viga [MissingField] \`kind\` is missing, but a process needs it. (rida 9)

      content/processes/p01.yaml:1
        hoiatus [IncompleteEntry] The process P01 has no \`name\` yet.

      2 viga failis content/processes/p13.yaml; 1 hoiatus 1 failis."
    `);
  });

  it('summarises warnings by kind, with their meaning, when asked to', () => {
    const other = createProblem('IncompleteEntry', { file: 'content/processes/p02.yaml', line: 1, message: 'The process P02 has no `kind` yet.' });
    expect(formatProblems([gap, other, owner], { warnings: 'summary' }).split('\n\n').slice(1)).toEqual([
      'Hoiatused liigiti (igaüks eraldi: npm run check -- --hoiatused):\n  2 × [IncompleteEntry] Kirjel puudub väärtus, mis on avaldamiseks vajalik.',
      '1 viga failis content/processes/p13.yaml; 2 hoiatust 2 failis.',
    ]);
  });

  it('only counts warnings when asked to, as a failed build does', () => {
    expect(formatProblems([gap, owner], { warnings: 'count' }).split('\n\n').at(-1)).toBe('1 viga failis content/processes/p13.yaml; 1 hoiatus 1 failis.');
  });

  it('colours the labels for a terminal when asked to, and only then', () => {
    const coloured = formatProblems([owner], { color: true });
    expect(coloured).toContain('\u001b[31mviga\u001b[0m [UnknownReference]');
    expect(formatProblems([owner])).not.toContain('\u001b[');
  });

  it('names five files with errors in the summary, and counts the rest', () => {
    const many = Array.from({ length: 7 }, (_, index) => createProblem('MissingField', { file: `content/processes/p0${index + 1}.yaml`, message: 'x' }));
    expect(summarizeProblems(many)).toBe(
      '7 viga failides content/processes/p01.yaml, content/processes/p02.yaml, content/processes/p03.yaml, content/processes/p04.yaml, content/processes/p05.yaml ja veel 2; hoiatusi ei ole.',
    );
  });
});

describe('summarizeProblems', () => {
  it('says so when there is nothing', () => {
    expect(summarizeProblems([])).toBe('Vigu ei ole; hoiatusi ei ole.');
  });
});
