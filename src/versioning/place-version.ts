import type { Edition } from './edition.ts';
import { prefixUrls } from './prefix-urls.ts';
import { restand } from './standing.ts';
import { renderVersionBar, replaceVersionBar } from './version-bar.ts';

export type PublishedEdition = Extract<Edition, { kind: 'published' }>;

/**
 * A published version is rendered once, as it stood the day it took effect (in force, at the
 * plain URLs). This puts one of its pages where the version stands today: the version bar of
 * today's catalogue, its standing in every marked text, and, once a newer version supersedes
 * it, its URL prefix (/versioonid/<n>/) on every root-relative link and on the page's data-base,
 * from which the search finds its own index. `path` is the page's path without any prefix.
 */
export function placePage(html: string, edition: PublishedEdition, path: string): string {
  const placed = restand(replaceVersionBar(html, renderVersionBar(edition, path)), edition.inForce);
  if (edition.base === '/') return placed;
  return prefixUrls(placed, edition.base).replace(/(<html\b[^>]*\sdata-base=")\/"/, `$1${edition.base}"`);
}

/** A stylesheet of the version: its url(/…) references move under the version's prefix. */
export function placeStylesheet(css: string, edition: PublishedEdition): string {
  return edition.base === '/' ? css : prefixUrls(css, edition.base);
}
