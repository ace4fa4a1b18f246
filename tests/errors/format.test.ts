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
  it('groups by file, puts errors first and ends with a count', () => {
    expect(formatProblems([gap, second, owner])).toMatchInlineSnapshot(`
      "content/processes/p01.yaml:1
        warning [IncompleteEntry] The process P01 has no \`name\` yet.

      content/processes/p13.yaml:4
        [UnknownReference] \`owner\` is "kriisijuht", but no position has that id.
          Hint: Did you mean "kriisireguleerimis-ja-toimepidevuse-juht"?
        [MissingField] \`kind\` is missing, but a process needs it. (line 9)

      Found 2 errors in 1 file; 1 warning in 1 file."
    `);
  });

  it('only counts warnings when asked to, as a failed build does', () => {
    expect(formatProblems([gap, owner], { warnings: 'count' }).split('\n').at(-1)).toBe(
      'Found 1 error in 1 file; 1 warning in 1 file. (Warnings are listed by `npm run check`.)',
    );
  });
});

describe('summarizeProblems', () => {
  it('says so when there is nothing', () => {
    expect(summarizeProblems([])).toBe('No errors; no warnings.');
  });
});
