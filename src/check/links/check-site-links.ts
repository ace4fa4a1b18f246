import { createProblem, type Problem } from '../../errors/problem.ts';

/** One built page: its URL path ("/protsessid/p13/") and its HTML. */
export interface BuiltPage {
  url: string;
  html: string;
}

// A link to another published version (data-version-link) leaves the build of one version; the
// assembled site, where every version stands, checks them too (versionLinks).
const LINK = /<(?:a|link|img|script|source|iframe)\b(?![^>]*\sdata-version-link)[^>]*?\s(?:href|src)="([^"]*)"/gi;
const ANY_LINK = /<(?:a|link|img|script|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/gi;
const ANCHOR = /\s(?:id|name)="([^"]*)"/g;

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Links that leave the site, or are not navigation at all, are not this checker's business. */
function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}

/** "/a/b/" for a page, "/a/b.css" for a file: what a link resolves to, relative to its page. */
export function resolveLink(from: string, href: string): { path: string; fragment: string | undefined } {
  const [beforeHash, fragment] = href.split('#', 2) as [string, string | undefined];
  const withoutQuery = beforeHash.split('?')[0]!;
  const url = new URL(withoutQuery || from, `http://site${from}`);
  return { path: decodeURIComponent(url.pathname), fragment: fragment === undefined ? undefined : decodeURIComponent(fragment) };
}

/**
 * Checks every internal link and #fragment of the built site. `files` are the other files the
 * site ships (CSS, scripts, images) as URL paths.
 */
export function checkSiteLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, { versionLinks = false }: { versionLinks?: boolean } = {}): Problem[] {
  const anchors = new Map<string, Set<string>>();
  for (const page of pages) anchors.set(page.url, new Set([...page.html.matchAll(ANCHOR)].map((m) => decodeAttribute(m[1]!))));
  const pageFor = (path: string): string | undefined => {
    if (anchors.has(path)) return path;
    if (anchors.has(`${path}/`)) return `${path}/`;
    if (path.endsWith('/index.html') && anchors.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
    return undefined;
  };

  const problems: Problem[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const match of page.html.matchAll(versionLinks ? ANY_LINK : LINK)) {
      const href = decodeAttribute(match[1]!);
      if (href === '' || isExternal(href) || seen.has(href)) continue;
      seen.add(href);
      const { path, fragment } = resolveLink(page.url, href);
      const target = pageFor(path);
      if (!target) {
        if (files.has(path)) continue;
        problems.push(
          createProblem('BrokenLink', {
            file: page.url,
            message: `Link „${href}“ viib aadressile ${path}, mida saidil ei ole.`,
            hint: 'Viita kirjetele kujul [](ref:<kogu>/<id>), et saidi koostamine neid kontrolliks, või paranda aadress.',
          }),
        );
        continue;
      }
      if (fragment && !anchors.get(target)!.has(fragment)) {
        problems.push(
          createProblem('BrokenFragment', {
            file: page.url,
            message: `Link „${href}“ viib ankrule #${fragment}, kuid lehel ${target} ei ole sellise id-ga elementi.`,
            hint: 'Pealkirja id tuleb selle tekstist: kontrolli kirjapilti või viita lehele ilma ankruta (#…).',
          }),
        );
      }
    }
  }
  return problems;
}
