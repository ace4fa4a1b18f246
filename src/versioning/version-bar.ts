import type { Edit } from '../html/edits.ts';
import { closingTag, type HtmlTag } from '../html/html-tags.ts';
import { formatDirective } from '../site/format.ts';
import { pathInVersion, type Edition } from './editions.ts';

/** The element that holds the version bar; a build replaces its contents when versions change. */
export const VERSION_BAR_TAG = 'vajs-version-bar';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link whose address is final for every version: never prefixed again, checked by its own version's build. */
const versionLink = (href: string, text: string) => `<a href="${escape(href)}" data-version-link>${text}</a>`;

/**
 * Which version the reader is looking at, on every page: a warning banner on a superseded
 * version or the unapproved draft, and links to the same page in every other version. Plain
 * HTML from data, so that a superseded version built long ago gets the bar of today's
 * catalogue without being rendered again (see scripts/build.ts). `path` is the page's path
 * without any version prefix.
 */
export function renderVersionBar(edition: Edition, path: string): string {
  const inForce = edition.versions.find((item) => item.version === edition.inForce);
  const current = edition.kind === 'published' ? edition.versions.find((item) => item.version === edition.version) : undefined;
  const parts: string[] = [];
  if (edition.kind === 'draft') {
    const link = inForce ? ` Kehtiv on ${versionLink(pathInVersion(path, inForce), `versioon ${inForce.version}`)}.` : '';
    parts.push(`<div class="version-banner draft" role="note" aria-label="Versiooni teade"><p><strong>Kinnitamata eelnõu.</strong> See on töökoopia, mida ei ole käskkirjaga kinnitatud; see ei kehti.${link}</p></div>`);
  }
  if (current && inForce && current.version !== inForce.version) {
    parts.push(
      `<div class="version-banner superseded" role="note" aria-label="Versiooni teade"><p><strong>Kehtetu versioon.</strong> Loed versiooni ${current.version} (kinnitatud käskkirjaga ${escape(formatDirective(current.directive))}). Kehtiv on versioon ${inForce.version}, kinnitatud käskkirjaga ${escape(formatDirective(inForce.directive))}: ${versionLink(pathInVersion(path, inForce), 'sama leht kehtivas versioonis')}.</p></div>`,
    );
  }
  if (edition.versions.length > 1 || edition.kind === 'draft') {
    const items = edition.versions.map((item) => {
      const standing = item.version === edition.inForce ? ' (kehtiv)' : '';
      return item.version === current?.version
        ? `<li><span aria-current="page">${item.version}${standing || ' (kehtetu)'}</span></li>`
        : `<li>${versionLink(pathInVersion(path, item), `${item.version}${standing}`)}</li>`;
    });
    if (edition.kind === 'draft') items.unshift('<li><span aria-current="page">eelnõu</span></li>');
    parts.push(`<nav class="version-switcher" aria-label="Versioonid"><span>Versioon:</span><ul>${items.join('')}</ul>${versionLink(`${edition.base}muudatused/`, 'Mis muutus?')}</nav>`);
  }
  // The versions and their prefixes, for searching all of them (see src/client/search/pagefind.ts).
  const versions = escape(JSON.stringify(edition.versions.map(({ version, base }) => ({ version, base }))));
  return `<${VERSION_BAR_TAG} data-versions="${versions}">${parts.join('')}</${VERSION_BAR_TAG}>`;
}

/** The edit that puts a new version bar into a built page in place of the one it was built with; `tags` are the page's (scanTags). */
export function versionBarEdits(tags: readonly HtmlTag[], bar: string): Edit[] {
  const index = tags.findIndex((tag) => tag.type === 'start' && tag.name === VERSION_BAR_TAG);
  const close = index < 0 ? -1 : closingTag(tags, index);
  return close < 0 ? [] : [{ start: tags[index]!.start, end: tags[close]!.end, text: bar }];
}
