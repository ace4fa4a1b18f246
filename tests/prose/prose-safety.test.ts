import { describe, expect, it } from 'vitest';
import { checkEntries } from '../../src/check/check-content.ts';
import type { ValidEntry } from '../../src/check/validate-shape.ts';
import type { CollectionKey } from '../../src/model/collections.ts';
import { isSafeUrl, judgeRawHtml } from '../../src/prose/judge-html.ts';

function proseEntry(collection: CollectionKey, id: string, body: string): ValidEntry {
  const data = collection === 'handbook' ? { title: 'Peatükk', number: '1', order: 1, document: 's1' } : { title: 'Taust', order: 1, source: 'S1' };
  return { collection, id, file: `content/${collection}/${id}`, data, body, bodyLine: 7, locate: () => 1 } as ValidEntry;
}

describe('prose checks are linear', () => {
  // A 280 KB line of "<a onx " took the regex checks 36 seconds; a parser reads it once.
  const hostile = '<a onx '.repeat(40_000);

  it('read a 280 KB line of unfinished tags in Markdown as text', () => {
    const { problems } = checkEntries([proseEntry('pages', 'taust', `${hostile}\n`)]);
    expect(problems).toEqual([]);
  });

  it('refuse the same line in an MDX chapter as invalid MDX', () => {
    const { problems } = checkEntries([proseEntry('handbook', 'peatukk', `${hostile}\n`)]);
    expect(problems.map((problem) => problem.code)).toContain('InvalidMdx');
  });

  it('judge 40,000 attributes of one raw element one by one', () => {
    const findings = judgeRawHtml(`<p ${Array.from({ length: 40_000 }, (_, index) => `on${index}=x`).join(' ')}>`, 1);
    expect(findings).toHaveLength(40_000);
  });

  it('judge deeply nested raw HTML, and refuse HTML too deep for the parser instead of crashing', () => {
    expect(judgeRawHtml(`${'<div>'.repeat(1_000)}<script>x</script>`, 1)).toEqual([{ kind: 'element', tag: 'script', line: 1 }]);
    expect(judgeRawHtml(`${'<div>'.repeat(50_000)}x`, 3)).toEqual([{ kind: 'unreadable', line: 3 }]);
  });
});

describe('URLs, as the sanitizer judges them', () => {
  it.each(['/protsessid/p13/', '#eesmark', '../lisad/', 'https://www.sm.ee/', 'mailto:info@sm.ee'])('keeps %s', (url) => {
    expect(isSafeUrl(url, 'href')).toBe(true);
  });
  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox', 'ref:processes/p13'])('drops %s', (url) => {
    expect(isSafeUrl(url, 'href')).toBe(false);
  });
});
