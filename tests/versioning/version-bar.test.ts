import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/versioning/editions.ts';
import type { Manifest } from '../../src/versioning/manifest.ts';
import { applyEdits } from '../../src/html/edits.ts';
import { scanTags } from '../../src/html/html-tags.ts';
import { renderVersionBar, versionBarEdits } from '../../src/versioning/version-bar.ts';

const manifest = (version: number, files: string[]): Manifest => ({
  version,
  directive: { date: `2026-0${version}-15`, number: String(version) },
  author: 'Koostaja',
  notes: [],
  releasedOn: '2026-06-01',
  files: Object.fromEntries(files.map((file) => [file, 'x'])),
  sha256: 'x',
});
const versions = summarize([manifest(1, ['processes/p13.yaml']), manifest(2, ['processes/p13.yaml', 'positions/arendusjuht.yaml'])]);
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const replaceVersionBar = (html: string, bar: string) => applyEdits(html, versionBarEdits(scanTags(html), bar));

describe('renderVersionBar', () => {
  it('warns on a superseded version and names the version in force', () => {
    const bar = renderVersionBar({ kind: 'published', version: 1, inForce: 2, base: '/versioonid/1/', versions }, '/protsessid/p13/');
    expect(text(bar)).toBe('Kehtetu versioon. Loed versiooni 1 (kinnitatud käskkirjaga 15.01.2026 nr 1). Kehtiv on versioon 2, kinnitatud käskkirjaga 15.02.2026 nr 2: sama leht kehtivas versioonis.Versioon:2 (kehtiv)1 (kehtetu)Mis muutus?');
    expect(bar).toContain('<a href="/protsessid/p13/" data-version-link>sama leht kehtivas versioonis</a>');
    expect(bar).toContain('<a href="/versioonid/1/muudatused/" data-version-link>Mis muutus?</a>');
  });

  it('shows no banner on the version in force', () => {
    const bar = renderVersionBar({ kind: 'published', version: 2, inForce: 2, base: '/', versions }, '/ametikohad/arendusjuht/');
    expect(bar).not.toContain('version-banner');
    expect(bar).toContain('<a href="/versioonid/1/" data-version-link>1</a>');
  });

  it('marks the draft as unapproved', () => {
    expect(text(renderVersionBar({ kind: 'draft', base: '/', inForce: 2, versions }, '/'))).toMatch(/^Kinnitamata eelnõu\. See on töökoopia, mida ei ole käskkirjaga kinnitatud; see ei kehti\. Kehtiv on versioon 2\./);
  });

  it('is empty on a handbook without versions', () => {
    expect(renderVersionBar({ kind: 'single', base: '/', inForce: undefined, versions: [] }, '/')).toBe('<vajs-version-bar data-versions="[]"></vajs-version-bar>');
  });
});

describe('versionBarEdits', () => {
  it('swaps the bar and nothing else', () => {
    const page = '<body><vajs-version-bar data-versions="[]"><p>vana</p></vajs-version-bar><main>sisu</main></body>';
    expect(replaceVersionBar(page, '<vajs-version-bar>uus</vajs-version-bar>')).toBe('<body><vajs-version-bar>uus</vajs-version-bar><main>sisu</main></body>');
  });

  it('takes a bar written in a script for text, not for the bar', () => {
    const page = '<head><script>const bar = "<vajs-version-bar></vajs-version-bar>";</script></head><body><vajs-version-bar data-versions="[]"></vajs-version-bar></body>';
    expect(replaceVersionBar(page, '<vajs-version-bar>uus</vajs-version-bar>')).toBe(
      '<head><script>const bar = "<vajs-version-bar></vajs-version-bar>";</script></head><body><vajs-version-bar>uus</vajs-version-bar></body>',
    );
  });
});
