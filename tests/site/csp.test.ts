import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// The site runs under the policy in deploy/nginx.conf: no 'unsafe-inline', no other host.
const siteDir = inject('siteDir');
const pages = readdirSync(siteDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => ({ path: join(entry.parentPath, entry.name).slice(siteDir.length), html: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));

function offences(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) if (!/\ssrc="/.test(tag)) found.push(`inline script ${tag}`);
  if (/<style\b/i.test(html)) found.push('inline <style> element');
  for (const attribute of html.match(/<[a-z][^>]*\s(?:style|on[a-z]+)\s*=\s*"[^"]*"/gi) ?? []) found.push(`inline attribute in ${attribute.slice(0, 80)}`);
  if (/(?:href|src)\s*=\s*"\s*javascript:/i.test(html)) found.push('javascript: URL');
  for (const tag of html.match(/<(?:link|script|img|source)\b[^>]*(?:href|src)="(?:https?:)?\/\/[^"]*"[^>]*>/gi) ?? []) found.push(`resource from another host: ${tag}`);
  return found;
}

describe('the built pages under a strict Content-Security-Policy', () => {
  it('are many', () => {
    expect(pages.length).toBeGreaterThan(200);
  });

  it('have no inline script, inline style, event handler or resource from another host', () => {
    const bad = pages.flatMap((page) => offences(page.html).map((offence) => `${page.path}: ${offence}`));
    expect(bad).toEqual([]);
  });

  it('load the search box script on every page, and a page script only where a page needs one', () => {
    const scriptsOf = (html: string) => [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)].map((match) => match[1]!);
    const searchBox = scriptsOf(pages.find((page) => page.path === '/index.html')!.html);
    expect(searchBox).toHaveLength(1);
    expect(pages.filter((page) => scriptsOf(page.html)[0] !== searchBox[0]).map((page) => page.path)).toEqual([]);
    const withPageScript = pages.filter((page) => scriptsOf(page.html).length > 1).map((page) => page.path).sort();
    expect(withPageScript).toEqual(['/dokumendid/s1/kontrollitud-koopia/index.html', '/kvaliteedijuhile/sisu-korrasolek/index.html', '/otsing/index.html', '/protsessid/index.html', '/uuele-tootajale/index.html']);
  });
});
