import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishSite } from '../../src/build/finish-site.ts';
import { formatProblems } from '../../src/errors/format.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site of three pages: two indexed, one linking to a page and an anchor that are not there. */
function builtSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vajs-finish-'));
  folders.push(dir);
  const pages: Record<string, string> = {
    'index.html': '<html lang="et"><body><main><a href="/protsessid/p13/">P13</a><a href="/protsessid/p13/#omanik">omanik</a></main></body></html>',
    'protsessid/p13/index.html': '<html lang="et"><body><main data-pagefind-body><h1>P13 Kriisideks valmisolek</h1><dl><dt>Omanik</dt><dd>Kriisijuht</dd></dl><a href="/ametikohad/kriisijuht/">omanik</a></main></body></html>',
    'moisted/index.html': '<html lang="et"><body><main data-pagefind-body><h1>Mõisted</h1><p id="vajs">VAJS</p><a href="#vajs">VAJS</a></main></body></html>',
  };
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

describe('finishSite', () => {
  it('indexes the marked pages and reports every broken link and fragment of the site', async () => {
    const dir = builtSite();
    const read: number[] = [];
    const site = await finishSite(dir, { checkLinks: true, onRead: (pages) => read.push(pages) });
    expect(read).toEqual([3]);
    expect(site.pages).toBe(3);
    expect(site.indexed).toBe(2);
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
    expect(formatProblems(site.problems)).toBe(
      [
        '/',
        '  viga [BrokenFragment] Link „/protsessid/p13/#omanik“ viib ankrule #omanik, kuid lehel /protsessid/p13/ ei ole sellise id-ga elementi.',
        '    Vihje: Pealkirja id tuleb selle tekstist: kontrolli kirjapilti või viita lehele ilma ankruta (#…).',
        '',
        '/protsessid/p13/',
        '  viga [BrokenLink] Link „/ametikohad/kriisijuht/“ viib aadressile /ametikohad/kriisijuht/, mida saidil ei ole.',
        '    Vihje: Viita kirjetele kujul [](ref:<kogu>/<id>), et saidi koostamine neid kontrolliks, või paranda aadress.',
        '',
        '2 viga failides /, /protsessid/p13/; hoiatusi ei ole.',
      ].join('\n'),
    );
  });

  it('leaves the links to the caller that checks the assembled site', async () => {
    const site = await finishSite(builtSite(), { checkLinks: false, onRead: () => undefined });
    expect(site).toEqual({ pages: 3, indexed: 2, problems: [] });
  });
});
