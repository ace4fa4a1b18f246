import { excerptAfterTitle } from '../../search/excerpt.ts';
import { plural } from '../../text/plural.ts';
import type { PagefindData } from './pagefind.ts';

/**
 * A result's excerpt as DOM nodes: Pagefind escapes the page text and marks matches with <mark>;
 * only those marks become elements, everything else stays text.
 */
export function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  const decode = (text: string) => new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    if (!part) continue;
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = decode(part);
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(decode(part)));
    }
  }
  return nodes;
}

/**
 * One result's parts: its kind, its title, and the excerpt with the match highlighted. The
 * excerpt leaves out the title it would otherwise repeat (see excerptAfterTitle); the pages keep
 * their field labels out of the index, so what remains is the entry's own words.
 */
export function resultParts(data: PagefindData): { type: HTMLElement; title: HTMLElement; excerpt: HTMLElement } {
  const type = document.createElement('span');
  type.className = 'result-type';
  type.textContent = data.meta['tüüp'] ?? 'Leht';
  const title = document.createElement('span');
  title.className = 'result-title';
  title.textContent = data.meta['title'] ?? data.url;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(data.meta['title'] ? excerptAfterTitle(data.excerpt, data.meta['title']) : data.excerpt));
  return { type, title, excerpt };
}

/** "1 tulemus", "5 tulemust": Estonian counts with the partitive plural after numbers but 1. */
export function countResults(count: number): string {
  return plural(count, 'tulemus', 'tulemust');
}
