import { describe, expect, it } from 'vitest';
import { parseProse, parseProseOutcome } from '../../src/prose/parse-prose.ts';

describe('parseProseOutcome', () => {
  it('gives the MDX rule the parser\'s reason and line, and the other rules no tree', () => {
    const body = '| a | b |\n| - | - |\n| 1 | 2 |\n\nTekst {avatud\n';
    const outcome = parseProseOutcome(body, 'mdx');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/closing brace/);
    expect(outcome.line).toBe(5);
    expect(parseProse(body, 'mdx')).toBeUndefined();
  });

  it('parses with GFM, as the build does, and once for every rule that asks', () => {
    const body = '| a | b |\n| - | - |\n| 1 | 2 |\n';
    const first = parseProseOutcome(body, 'mdx');
    expect(first.ok && first.tree.children[0]?.type).toBe('table');
    expect(parseProseOutcome(body, 'mdx')).toBe(first);
  });
});
