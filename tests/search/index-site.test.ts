import { describe, expect, it } from 'vitest';
import { pageUrl, separateBlocks } from '../../src/search/index-site.ts';

describe('separateBlocks', () => {
  it('puts a space after each block so adjacent cells do not run together', () => {
    expect(separateBlocks('<dl><dt>Asutus</dt><dd>SoM</dd></dl>')).toBe('<dl><dt>Asutus</dt> <dd>SoM</dd> </dl>');
  });

  it('leaves inline elements alone', () => {
    expect(separateBlocks('<p>P<strong>15</strong></p>')).toBe('<p>P<strong>15</strong></p> ');
  });

  it('reads the end of a block in any case, and never inside a script', () => {
    expect(separateBlocks('<script>const end = "</p>";</script><P title="a > b">x</P><TD>y</TD>')).toBe('<script>const end = "</p>";</script><P title="a > b">x</P> <TD>y</TD> ');
  });
});

describe('pageUrl', () => {
  it('gives the directory URL of an index.html', () => {
    expect(pageUrl('protsessid/p15/index.html')).toBe('/protsessid/p15/');
    expect(pageUrl('index.html')).toBe('/');
  });

  it('keeps other file names', () => {
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});
