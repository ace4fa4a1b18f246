import { createProblem, type Problem } from '../../errors/problem.ts';
import { type PageLinks, readPageLinks } from './page-links.ts';

/** One built page: its URL path ("/protsessid/p13/") and its HTML. */
export interface BuiltPage {
  url: string;
  html: string;
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

interface FoundLink {
  page: string;
  href: string;
  path: string;
  /** The page the link reaches, undefined when it reaches neither a page nor a file. */
  target: string | undefined;
  fragment: string | undefined;
}

function brokenLink({ page, href, path }: FoundLink): Problem {
  return createProblem('BrokenLink', {
    file: page,
    message: `Link „${href}“ viib aadressile ${path}, mida saidil ei ole.`,
    hint: 'Viita kirjetele kujul [](ref:<kogu>/<id>), et saidi koostamine neid kontrolliks, või paranda aadress.',
  });
}

function brokenFragment({ page, href, target, fragment }: FoundLink): Problem {
  return createProblem('BrokenFragment', {
    file: page,
    message: `Link „${href}“ viib ankrule #${fragment}, kuid lehel ${target} ei ole sellise id-ga elementi.`,
    hint: 'Pealkirja id tuleb selle tekstist: kontrolli kirjapilti või viita lehele ilma ankruta (#…).',
  });
}

/**
 * Checks every internal link and #fragment of the built site. `files` are the other files the
 * site ships (CSS, scripts, images) as URL paths; `versionLinks`: see readPageLinks.
 */
export function checkSiteLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, { versionLinks = false }: { versionLinks?: boolean } = {}): Problem[] {
  return checkPageLinks(pages.map((page) => ({ url: page.url, ...readPageLinks(page.html, { versionLinks }) })), files);
}

/** The check of checkSiteLinks, on pages whose anchors and links are already read (pageLinksOf). */
export function checkPageLinks(pages: readonly (PageLinks & { url: string })[], files: ReadonlySet<string>): Problem[] {
  const urls = new Set(pages.map((page) => page.url));
  const pageFor = (path: string): string | undefined => {
    if (urls.has(path)) return path;
    if (urls.has(`${path}/`)) return `${path}/`;
    if (path.endsWith('/index.html') && urls.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
    return undefined;
  };
  // A root-relative link resolves alike from every page, and most links are the layout's: each is resolved once.
  const rooted = new Map<string, ReturnType<typeof resolveLink>>();
  const resolveFrom = (from: string, href: string) => {
    if (!href.startsWith('/')) return resolveLink(from, href);
    let resolved = rooted.get(href);
    if (!resolved) rooted.set(href, (resolved = resolveLink(from, href)));
    return resolved;
  };

  // A fragment can be judged only once its target page has been read, so the links that need
  // it wait, in page order, with those already found broken.
  const anchors = new Map<string, Set<string>>();
  const waiting: FoundLink[] = [];
  for (const page of pages) {
    anchors.set(page.url, page.anchors);
    const seen = new Set<string>();
    for (const href of page.links) {
      if (href === '' || isExternal(href) || seen.has(href)) continue;
      seen.add(href);
      const { path, fragment } = resolveFrom(page.url, href);
      const target = pageFor(path);
      if (target ? fragment : !files.has(path)) waiting.push({ page: page.url, href, path, target, fragment });
    }
  }
  return waiting.flatMap((link) => (!link.target ? [brokenLink(link)] : anchors.get(link.target)!.has(link.fragment!) ? [] : [brokenFragment(link)]));
}
