import { applyEdits } from '../html/edits.ts';
import { scanTags } from '../html/html-tags.ts';
import type { Edition } from './editions.ts';
import { PREFIX_ATTRIBUTES, prefixCssUrls, prefixEdits } from './prefix-urls.ts';
import { STANDING_ATTRIBUTES, standingEdits } from './standing.ts';
import { renderVersionBar, versionBarEdits } from './version-bar.ts';

export type PublishedEdition = Extract<Edition, { kind: 'published' }>;

// What the placements below read of the tags (the version bar needs only its tag).
const PLACED_ATTRIBUTES = new Set([...PREFIX_ATTRIBUTES, ...STANDING_ATTRIBUTES]);

/**
 * A published version is rendered once, as it stood the day it took effect (in force, at the
 * plain URLs). This puts one of its pages where the version stands today: the version bar of
 * today's catalogue, its standing in every marked text, and, once a newer version supersedes
 * it, its URL prefix (/versioonid/<n>/) on every root-relative link and on the page's data-base,
 * from which the search finds its own index. `path` is the page's path without any prefix.
 * The page is tokenized once and edited in one pass; what is not placed stays byte for byte.
 */
export function placePage(html: string, edition: PublishedEdition, path: string): string {
  const bar = renderVersionBar(edition, path);
  // The version in force was rendered in force, at the plain URLs: with today's bar it is placed already.
  if (edition.version === edition.inForce && html.includes(bar)) return html;
  const tags = scanTags(html, { attributes: PLACED_ATTRIBUTES });
  return applyEdits(html, [
    ...versionBarEdits(tags, bar),
    ...standingEdits(tags, edition.inForce),
    ...(edition.base === '/' ? [] : prefixEdits(html, tags, edition.base)),
  ]);
}

/** A stylesheet of the version: its url(/…) references move under the version's prefix. */
export function placeStylesheet(css: string, edition: PublishedEdition): string {
  return edition.base === '/' ? css : prefixCssUrls(css, edition.base);
}

// The members of the data exports that hold a link into the site (src/exports/json-export.ts).
const LINK_MEMBERS = new Set(['url', '$schema', '$id', 'data', 'schema']);

function prefixLinks(value: unknown, base: string): unknown {
  if (Array.isArray(value)) return value.map((item) => prefixLinks(item, base));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) =>
      LINK_MEMBERS.has(key) && typeof member === 'string' && /^\/(?!\/)/.test(member) && !member.startsWith(base) ? [key, `${base}${member.slice(1)}`] : [key, prefixLinks(member, base)],
    ),
  );
}

/** A data export (JSON) of the version: its links to pages and schemas move under the prefix. */
export function placeJson(json: string, edition: PublishedEdition): string {
  if (edition.base === '/') return json;
  return `${JSON.stringify(prefixLinks(JSON.parse(json), edition.base), null, 2)}${json.endsWith('\n') ? '\n' : ''}`;
}
