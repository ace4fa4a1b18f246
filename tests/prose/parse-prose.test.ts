import { describe, expect, it } from 'vitest';
import { parseProse, parseProseOnce } from '../../src/prose/parse-prose.ts';

describe('parseProseOnce', () => {
  it('gives the MDX rule the parser\'s reason and line, and the other rules no tree', () => {
    const body = '| a | b |\n| - | - |\n| 1 | 2 |\n\nTekst {avatud\n';
    const { tree, error } = parseProseOnce(body, 'mdx');
    expect(tree).toBeUndefined();
    expect(error?.reason).toMatch(/closing brace/);
    expect(error?.line).toBe(5);
    expect(parseProse(body, 'mdx')).toBeUndefined();
  });

  it('parses with GFM, as the build does, and once for every rule that asks', () => {
    const body = '| a | b |\n| - | - |\n| 1 | 2 |\n';
    const first = parseProseOnce(body, 'mdx');
    expect(first.tree?.children[0]?.type).toBe('table');
    expect(parseProseOnce(body, 'mdx')).toBe(first);
  });
});
