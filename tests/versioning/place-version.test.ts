import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/versioning/editions.ts';
import type { Manifest } from '../../src/versioning/manifest.ts';
import { placeJson, placePage, placeStylesheet } from '../../src/versioning/place-version.ts';
import { applyEdits } from '../../src/html/edits.ts';
import { scanTags } from '../../src/html/html-tags.ts';
import { standingEdits, standingMark } from '../../src/versioning/standing.ts';
import { renderVersionBar } from '../../src/versioning/version-bar.ts';

const manifest = (version: number): Manifest => ({
  version,
  directive: { date: `2026-0${version}-15`, number: String(version) },
  author: 'Koostaja',
  notes: [],
  releasedOn: '2026-06-01',
  files: { 'processes/p13.yaml': 'x' },
  sha256: 'x',
});
const attributes = (form: 'label' | 'suffix') => Object.entries(standingMark(2, form)).map(([name, value]) => `${name}="${value}"`).join(' ');

// Version 2's page as it was rendered the day version 2 took effect: in force, at the plain URLs.
const renderedWhenInForce = [
  '<html lang="et" data-base="/" data-version="2"><head><link rel="stylesheet" href="/_astro/site.css"></head><body>',
  renderVersionBar({ kind: 'published', version: 2, inForce: 2, base: '/', versions: summarize([manifest(1), manifest(2)]) }, '/protsessid/p13/'),
  '<a href="/protsessid/p13/">P13</a>',
  `<h2>Versioon 2<span ${attributes('suffix')} data-astro-cid-x> (kehtiv)</span></h2>`,
  `<footer><p><span ${attributes('label')}>Kehtiv versioon</span>: Käsiraamat, versioon 2</p></footer></body></html>`,
].join('');
const catalogue = summarize([manifest(1), manifest(2), manifest(3)]);
const restand = (html: string, inForce: number) => applyEdits(html, standingEdits(scanTags(html), inForce));

describe('placePage', () => {
  it('places a superseded version under its prefix with today\'s standing and version bar', () => {
    const page = placePage(renderedWhenInForce, { kind: 'published', version: 2, inForce: 3, base: '/versioonid/2/', versions: catalogue }, '/protsessid/p13/');
    expect(page).toContain('<html lang="et" data-base="/versioonid/2/" data-version="2">');
    expect(page).toContain('<link rel="stylesheet" href="/versioonid/2/_astro/site.css">');
    expect(page).toContain('<a href="/versioonid/2/protsessid/p13/">P13</a>');
    expect(page).toContain('<a href="/protsessid/p13/" data-version-link>sama leht kehtivas versioonis</a>');
    expect(page).toContain('<a href="/protsessid/p13/" data-version-link>3 (kehtiv)</a>');
    expect(page).toContain(`<h2>Versioon 2<span ${attributes('suffix')} data-astro-cid-x></span></h2>`);
    expect(page).toContain(`<span ${attributes('label')}>Kehtetu versioon</span>: Käsiraamat, versioon 2`);
  });

  it('leaves the version in force at the plain URLs and in force', () => {
    const page = placePage(renderedWhenInForce, { kind: 'published', version: 2, inForce: 2, base: '/', versions: summarize([manifest(1), manifest(2)]) }, '/protsessid/p13/');
    expect(page).toBe(renderedWhenInForce);
  });
});

describe('placeStylesheet', () => {
  it('moves url() references under a superseded version\'s prefix only', () => {
    const css = 'src:url(/_astro/roboto.woff2)';
    expect(placeStylesheet(css, { kind: 'published', version: 2, inForce: 3, base: '/versioonid/2/', versions: catalogue })).toBe('src:url(/versioonid/2/_astro/roboto.woff2)');
    expect(placeStylesheet(css, { kind: 'published', version: 3, inForce: 3, base: '/', versions: catalogue })).toBe(css);
  });
});

describe('placeJson', () => {
  it('moves the links of a data export under a superseded version\'s prefix, and nothing else', () => {
    const json = `${JSON.stringify({ $schema: '/andmed/skeemid/protsessid.schema.json', entries: [{ id: 'p13', url: '/protsessid/p13/', data: { note: '/ei ole link', owner: 'kvaliteedijuht' } }] }, null, 2)}\n`;
    const placed = placeJson(json, { kind: 'published', version: 2, inForce: 3, base: '/versioonid/2/', versions: catalogue });
    expect(JSON.parse(placed)).toEqual({ $schema: '/versioonid/2/andmed/skeemid/protsessid.schema.json', entries: [{ id: 'p13', url: '/versioonid/2/protsessid/p13/', data: { note: '/ei ole link', owner: 'kvaliteedijuht' } }] });
    expect(placed.endsWith('}\n')).toBe(true);
    expect(placeJson(json, { kind: 'published', version: 3, inForce: 3, base: '/', versions: catalogue })).toBe(json);
  });
});

describe('standingEdits', () => {
  it('says since when a version is in force, or was, before the day it took effect', () => {
    const html = `<p>S1 versioon 2, <span data-standing-of="2" data-standing-form="since">kehtib alates</span> 15.02.2026.</p>`;
    expect(restand(html, 3)).toBe(`<p>S1 versioon 2, <span data-standing-of="2" data-standing-form="since">kehtis alates</span> 15.02.2026.</p>`);
    expect(restand(html, 2)).toBe(html);
  });

  it('names each marked version by its own standing, whatever it said before', () => {
    const html = `<span data-standing-of="3" data-standing-form="label">Kehtetu versioon</span><span data-standing-of="3" data-standing-form="suffix"></span>`;
    expect(restand(html, 3)).toBe(`<span data-standing-of="3" data-standing-form="label">Kehtiv versioon</span><span data-standing-of="3" data-standing-form="suffix"> (kehtiv)</span>`);
  });

  it('finds the mark whatever the order and quoting of its attributes, and leaves unmarked text alone', () => {
    const html = `<SPAN data-standing-form='suffix' title="a > b" data-standing-of=2>vana</SPAN><span data-standing-of="x" data-standing-form="label">jääb</span>`;
    expect(restand(html, 2)).toBe(`<SPAN data-standing-form='suffix' title="a > b" data-standing-of=2> (kehtiv)</SPAN><span data-standing-of="x" data-standing-form="label">jääb</span>`);
  });
});
