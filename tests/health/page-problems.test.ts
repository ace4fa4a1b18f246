import { describe, expect, it } from 'vitest';
import { createProblem } from '../../src/errors/problem.ts';
import { problemsOfPage } from '../../src/health/page-problems.ts';

const entries = [
  { collection: 'processes' as const, id: 'p15', file: 'content/processes/p15.yaml' },
  { collection: 'positions' as const, id: 'kvaliteedijuht', file: 'content/positions/kvaliteedijuht.yaml' },
];
const gap = createProblem('IncompleteEntry', { file: 'content/processes/p15.yaml', line: 1, message: 'Protsessil P15 puudub veel väli „kind“.' });
const owner = createProblem('UnknownReference', { file: 'content/processes/p15.yaml', line: 5, field: 'owner', message: 'Väljal „owner“ on „kvaliteedijuh“, kuid kogus „Ametikohad“ sellise id-ga kirjet ei ole.', hint: 'Kas mõtlesid „kvaliteedijuht“?' });
const elsewhere = createProblem('IncompleteEntry', { file: 'content/positions/kvaliteedijuht.yaml', line: 1, message: 'Ametikohal „Kvaliteedijuht“ puudub väli „organization“.' });

describe('problemsOfPage', () => {
  it('gives the page of an entry its own problems, errors first, with file and line', () => {
    expect(problemsOfPage('/protsessid/p15/', entries, [gap, elsewhere, owner])).toEqual([
      { severity: 'error', code: 'UnknownReference', file: 'content/processes/p15.yaml', line: 5, message: owner.message, hint: 'Kas mõtlesid „kvaliteedijuht“?' },
      { severity: 'warning', code: 'IncompleteEntry', file: 'content/processes/p15.yaml', line: 1, message: gap.message, hint: undefined },
    ]);
  });

  it('finds the entry without the trailing slash, and gives a page that is no entry nothing', () => {
    expect(problemsOfPage('/ametikohad/kvaliteedijuht', entries, [gap, elsewhere])).toHaveLength(1);
    expect(problemsOfPage('/protsessid/', entries, [gap, elsewhere])).toEqual([]);
  });
});
