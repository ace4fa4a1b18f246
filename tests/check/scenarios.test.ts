import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblems } from '../../src/errors/format.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
// Reviews are judged as of this day, so the reports never change with the calendar.
const TODAY = '2026-06-01';

// Each scenario is a tiny content tree with one mistake (or one honest gap) and the exact report
// an author must see for it, in expected.txt: a change of wording shows up in review.
const scenarios = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('checkContent on the bad-input scenarios', () => {
  it('has at least 30 scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
  });

  it.each(scenarios)('reports %s exactly as expected', (scenario) => {
    const result = checkContent(join(FIXTURES, scenario, 'content'), 'content', { today: TODAY });
    const expected = readFileSync(join(FIXTURES, scenario, 'expected.txt'), 'utf8');
    expect(`${formatProblems(result.problems)}\n`).toBe(expected);
  });

  it('fails exactly the scenarios whose report has errors', () => {
    for (const scenario of scenarios) {
      const result = checkContent(join(FIXTURES, scenario, 'content'), 'content', { today: TODAY });
      const expected = readFileSync(join(FIXTURES, scenario, 'expected.txt'), 'utf8');
      expect({ scenario, ok: result.ok }).toEqual({ scenario, ok: expected.includes('Vigu ei ole') });
    }
  });
});
