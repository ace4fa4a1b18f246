import type { Element, ElementContent, Nodes as HastNodes, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { PROSE_SCHEMA } from './prose-schema.ts';

/** What the sanitizer would take away from one element: the element itself, an attribute, or a URL. */
export type HtmlFinding =
  | { kind: 'element'; tag: string; line: number }
  | { kind: 'attribute'; tag: string; attribute: string; line: number }
  | { kind: 'url'; tag: string; attribute: string; url: string; line: number }
  | { kind: 'unreadable'; line: number };

// Ancestor rules (a <td> only inside a <table>) are checked while walking, in one pass; judging
// each element alone with them would need its whole ancestor chain, quadratic on deep nesting.
const LOCAL_SCHEMA = { ...PROSE_SCHEMA, ancestors: {} };
const ANCESTORS = PROSE_SCHEMA.ancestors ?? {};
const CLOBBERED = new Set(PROSE_SCHEMA.clobber ?? []);
const URL_PROPERTIES = new Set(Object.keys(PROSE_SCHEMA.protocols ?? {}));

function sanitizeAlone(tagName: string, properties: Properties): Element | undefined {
  const result = sanitize({ type: 'root', children: [{ type: 'element', tagName, properties, children: [] }] }, LOCAL_SCHEMA);
  const first = 'children' in result ? result.children[0] : undefined;
  return first?.type === 'element' && first.tagName === tagName ? first : undefined;
}

function attributeName(property: string): string {
  return find(html, property).attribute;
}

/**
 * Judges one element by what the sanitizer keeps of it, alone: the library is the judge, not a
 * list of bad words here. Children are judged on their own.
 */
export function judgeElement(tagName: string, properties: Properties, line: number): HtmlFinding[] {
  const kept = sanitizeAlone(tagName, properties);
  if (!kept) return [{ kind: 'element', tag: tagName, line }];
  const findings: HtmlFinding[] = [];
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || CLOBBERED.has(property)) continue;
    const survived = kept.properties[property];
    if (JSON.stringify(survived) === JSON.stringify(value)) continue;
    const attribute = attributeName(property);
    // A URL attribute the tag may have, dropped for its value: the scheme is what is wrong.
    if (URL_PROPERTIES.has(property) && sanitizeAlone(tagName, { [property]: 'https://example.org/' })?.properties[property]) {
      findings.push({ kind: 'url', tag: tagName, attribute, url: String(value), line });
    } else {
      findings.push({ kind: 'attribute', tag: tagName, attribute, line });
    }
  }
  return findings;
}

/** Whether the sanitizer keeps this URL as the given property (href of a link, src of an image). */
export function isSafeUrl(url: string, property: 'href' | 'src'): boolean {
  const tag = property === 'src' ? 'img' : 'a';
  return sanitizeAlone(tag, { [property]: url })?.properties[property] === url;
}

/** Judges a fragment of raw HTML as the browser would parse it (entities decoded, attributes split across lines joined). */
export function judgeRawHtml(source: string, firstLine: number): HtmlFinding[] {
  let tree: HastNodes;
  try {
    tree = fromHtml(source, { fragment: true });
  } catch {
    // The parser's tree builders recurse: HTML nested tens of thousands deep exhausts the stack.
    return [{ kind: 'unreadable', line: firstLine }];
  }
  return judgeHast(tree, firstLine);
}

/** Judges every element of a hast tree, with the schema's ancestor rules kept by counting open tags. */
export function judgeHast(tree: HastNodes, firstLine: number): HtmlFinding[] {
  const findings: HtmlFinding[] = [];
  const open = new Map<string, number>();
  const visit = (node: HastNodes | ElementContent, enter: boolean) => {
    if (node.type !== 'element') return;
    if (!enter) {
      open.set(node.tagName, (open.get(node.tagName) ?? 1) - 1);
      return;
    }
    const line = firstLine + (node.position?.start.line ?? 1) - 1;
    const needs = ANCESTORS[node.tagName];
    if (needs && !needs.some((tag) => (open.get(tag) ?? 0) > 0)) findings.push({ kind: 'element', tag: node.tagName, line });
    else findings.push(...judgeElement(node.tagName, node.properties, line));
    open.set(node.tagName, (open.get(node.tagName) ?? 0) + 1);
  };
  // Iterative walk with explicit exit markers: deep nesting must not overflow the stack.
  const stack: { node: HastNodes | ElementContent; enter: boolean }[] = [{ node: tree, enter: true }];
  while (stack.length > 0) {
    const { node, enter } = stack.pop()!;
    visit(node, enter);
    if (!enter) continue;
    // A <template> keeps its children apart, in content; they are parsed HTML all the same.
    const children = node.type === 'element' ? [...node.children, ...(node.content?.children ?? [])] : 'children' in node ? node.children : [];
    if (node.type === 'element') stack.push({ node, enter: false });
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, enter: true });
  }
  return findings;
}
