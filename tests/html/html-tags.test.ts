import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/html/edits.ts';
import { attributeOf, closingTag, scanTags, type StartTag } from '../../src/html/html-tags.ts';

const starts = (html: string, options?: Parameters<typeof scanTags>[1]) => scanTags(html, options).filter((tag): tag is StartTag => tag.type === 'start');

describe('scanTags', () => {
  it('reads tags and attributes as the browser does: any case, any quotes, entities decoded', () => {
    const [tag] = starts(`<A HREF='/a/?x=1&amp;y=2' Title="a > b" data-x=plain hidden>`);
    expect(tag!.name).toBe('a');
    expect(tag!.attributes.map(({ name, value }) => [name, value])).toEqual([
      ['href', '/a/?x=1&y=2'],
      ['title', 'a > b'],
      ['data-x', 'plain'],
      ['hidden', ''],
    ]);
  });

  it('gives the offsets of each tag and of each value as written', () => {
    const html = `<p>x</p><a  href = "/b/" title='t'>y</a>`;
    const tags = scanTags(html);
    expect(tags.map((tag) => html.slice(tag.start, tag.end))).toEqual(['<p>', '</p>', `<a  href = "/b/" title='t'>`, '</a>']);
    const [href, title] = (tags[2] as StartTag).attributes;
    expect(html.slice(href!.valueStart, href!.valueEnd)).toBe('/b/');
    expect(html.slice(title!.valueStart, title!.valueEnd)).toBe('t');
  });

  it('finds no tags in comments or in the raw text of scripts and styles', () => {
    const html = `<!-- <a href="/x/"> --><script>const a = '<a href="/y/">';</script><style>p::before{content:"<b>"}</style><b>`;
    expect(scanTags(html).map((tag) => `${tag.type}:${tag.name}`)).toEqual(['start:script', 'end:script', 'start:style', 'end:style', 'start:b']);
  });

  it('ends comments, raw text and end tags where HTML does', () => {
    const names = (html: string) => scanTags(html).map((tag) => `${tag.type === 'end' ? '/' : ''}${tag.name}`);
    expect(names('<!--><a><!---><b><!-- x --!><i>')).toEqual(['a', 'b', 'i']);
    expect(names('<SCRIPT>if (a </scripts) {}</SCRIPT ><textarea><b></textarea><p>')).toEqual(['script', '/script', 'textarea', '/textarea', 'p']);
    expect(names('</p title="a>b"><br/><img/src="x"></><?php x ?><u>')).toEqual(['/p', 'br', 'img', 'u']);
    expect(names('<plaintext><a href="/x/">')).toEqual(['plaintext']);
  });

  it('drops a tag the page ends inside, as HTML does', () => {
    expect(scanTags('<p>x</p><a href="/x/').map((tag) => tag.name)).toEqual(['p', 'p']);
  });

  it('keeps only the attributes asked for', () => {
    expect(starts('<a class="x" HREF="/y/" id="z">', { attributes: new Set(['href', 'id']) })[0]!.attributes.map((item) => item.name)).toEqual(['href', 'id']);
  });

  it('takes the first of a repeated attribute, as the browser does', () => {
    expect(attributeOf(starts('<a href="/1/" href="/2/">')[0]!, 'href')?.value).toBe('/1/');
  });
});

describe('closingTag', () => {
  it('counts nesting of the same element', () => {
    const tags = scanTags('<span a><span>x</span></span><span>');
    expect(closingTag(tags, 0)).toBe(3);
    expect(closingTag(tags, 4)).toBe(-1);
  });
});

describe('applyEdits', () => {
  it('splices edits in page order and drops those inside a replaced range', () => {
    const edits = [
      { start: 6, end: 6, text: '!' },
      { start: 0, end: 3, text: 'ABC' },
      { start: 1, end: 2, text: 'x' },
    ];
    expect(applyEdits('abcdef', edits)).toBe('ABCdef!');
  });

  it('refuses edits that overlap without nesting', () => {
    expect(() => applyEdits('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 5, text: '' }])).toThrow(/overlap/);
  });
});
