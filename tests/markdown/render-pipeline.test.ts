import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

// The pipeline Astro itself builds from markdown.processor, for .md and (inherited) for .mdx: what
// the checker refuses must not render even if the checker were skipped.
const processor = config.markdown?.processor;
if (!processor || !('createRenderer' in processor) || !processor.createMdxRenderer) throw new Error('astro.config.mjs has no unified markdown processor');
const shared = { syntaxHighlight: false as const };

async function renderMarkdown(source: string): Promise<string> {
  const renderer = await processor!.createRenderer!(shared as never);
  return (await renderer.render(source, {} as never)).code;
}

async function compileMdx(source: string): Promise<string> {
  const renderer = await processor!.createMdxRenderer!(shared as never, { srcDir: new URL('../../src/', import.meta.url), optimize: false } as never);
  return (await renderer.process(source, 'chapter.mdx', {})).code;
}

describe('the Markdown pipeline', () => {
  it('keeps tables, links, abbreviations and ref: links as before', async () => {
    const html = await renderMarkdown('| a | b |\n| - | - |\n| 1 | [x](/rollid/) |\n\n<abbr title="Sotsiaalministeerium">SoM</abbr> [](ref:positions/kvaliteedijuht)\n\n[y][r]\n\n[r]: ref:processes/p13\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<a href="/rollid/">x</a>');
    expect(html).toContain('<abbr title="Sotsiaalministeerium">SoM</abbr>');
    expect(html).toContain('<a href="/ametikohad/kvaliteedijuht/" data-entry="positions">');
    expect(html).toContain('<a href="/protsessid/p13/" data-entry="processes">y</a>');
  });

  it('drops what the sanitizer refuses, in every encoding', async () => {
    const html = await renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x\nonerror=alert(1)>\n\n[a](java&#115;cript:alert(1)) <javascript:alert(2)>\n\n[b][r]\n\n[r]: javascript:alert(3)\n\n<meta http-equiv="refresh" content="0;url=https://example.org">\n\n<base href="https://example.org/">\n\n<form action="https://example.org/"><button>x</button></form>\n',
    );
    // An autolink's text may still read "javascript:…"; as text it is harmless, as a URL it is gone.
    for (const poison of ['<script', 'onerror', 'href="javascript', '<meta', '<base', '<form', 'alert(1)']) expect(html).not.toContain(poison);
    expect(html).toContain('<a>a</a>');
  });
});

describe('the MDX pipeline', () => {
  it('keeps the site components with literal attributes', async () => {
    const code = await compileMdx('# Lisad\n\n<RoleAnnex role="teenusejuht" />\n\n<BodiesTable />\n');
    expect(code).toContain('RoleAnnex');
    expect(code).toContain('"teenusejuht"');
    expect(code).toContain('BodiesTable');
  });

  it('refuses to compile ESM, expressions and expression or spread attributes', async () => {
    for (const source of [
      'import fs from "node:fs"\n\nTekst.',
      '<pre>{process.getBuiltinModule("fs").readFileSync("/etc/passwd","utf8")}</pre>',
      '{process.exit(1)}',
      '<img src="x.png" {...{onerror:"alert(1)"}} />',
      '<a href={"javas"+"cript:alert(1)"}>x</a>',
    ]) {
      await expect(compileMdx(source), source).rejects.toThrow(/peatükis on kood .*, mida käsiraamat ei luba/);
    }
  });

  it('drops raw elements the sanitizer refuses, and keeps those it allows', async () => {
    const code = await compileMdx('<script>alert(1)</script>\n\n<iframe src="https://example.org/"></iframe>\n\nTekst <abbr title="Sotsiaalministeerium">SoM</abbr> <span onclick="alert(2)">x</span>.\n');
    expect(code).not.toContain('alert(');
    expect(code).not.toContain('iframe');
    expect(code).toContain('"Sotsiaalministeerium"');
    expect(code).toContain('"span"');
  });
});
