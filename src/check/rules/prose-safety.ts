import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { h } from 'hastscript';
import { createProblem, type Problem } from '../../errors/problem.ts';
import { formatPath } from '../../errors/field-path.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import { PROSE_COMPONENT_REFERENCES, PROSE_COMPONENTS, type ProseComponentName } from '../../model/prose-components.ts';
import { didYouMean } from '../../graph/suggest.ts';
import { idsOf, unknownReference } from '../../graph/unknown-reference.ts';
import { REF_SCHEME } from '../../prose/inline-references.ts';
import { type HtmlFinding, isSafeUrl, judgeElement, judgeRawHtml } from '../../prose/judge-html.ts';
import { countLineBreaks } from '../../prose/count-line-breaks.ts';
import { proseSubject, proseTreeOf, shorten } from '../../prose/prose-entry.ts';
import { ALLOWED_LINK_SCHEMES } from '../../prose/prose-schema.ts';
import { lineOf, walkProse } from '../../prose/walk-prose.ts';
import type { ValidEntry } from '../validate-shape.ts';
import type { Rule } from './rule.ts';

/** "{regNumber}", "{Allkirjastaja}": a word in braces is a template field nobody filled in. */
const PLACEHOLDER = /\{[A-Za-zÕÄÖÜõäöüŠšŽž]+\}/g;
/** The same word as an MDX expression sees it, without the braces. */
const PLACEHOLDER_WORD = /^[A-Za-zÕÄÖÜõäöüŠšŽž]+$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function isComponentName(name: string): boolean {
  const first = name.charAt(0);
  return first !== first.toLowerCase();
}

/**
 * Calls `visit` with every string in a value and the path to it. The path is the walk's own
 * stack, so a visitor copies it to keep it: every field of every entry is visited, and few have
 * anything to report.
 */
function eachString(value: unknown, visit: (text: string, at: readonly PropertyKey[]) => void, at: PropertyKey[] = []): void {
  if (typeof value === 'string') return visit(value, at);
  if (typeof value !== 'object' || value === null) return;
  const keys: PropertyKey[] = Array.isArray(value) ? [...value.keys()] : Object.keys(value);
  for (const key of keys) {
    at.push(key);
    eachString((value as Record<PropertyKey, unknown>)[key], visit, at);
    at.pop();
  }
}

/** Runs of text an author wrote as words: code spans and blocks are examples, not content. */
function* proseTexts(entry: ValidEntry): Generator<{ text: string; line: number }> {
  const tree = proseTreeOf(entry);
  if (!tree) return;
  for (const { node } of walkProse(tree)) {
    if (node.type === 'text') yield { text: node.value, line: lineOf(node) };
  }
}

export const checkPlaceholders: Rule = (entries) => {
  const problems: Problem[] = [];
  const report = (entry: ValidEntry, placeholder: string, field: string, line: number) =>
    problems.push(
      createProblem('UnfilledPlaceholder', {
        file: entry.file,
        line,
        field,
        message: `${field === 'body' ? 'Tekstis' : `Väljal „${field}“`} on täitmata malli kohatäide „${placeholder}“.`,
        hint: 'Kirjuta tegelik väärtus või jäta väli välja, kuni see on teadmata: sisu seisukorra aruanne loetleb puuduvad väärtused.',
      }),
    );
  for (const entry of entries) {
    eachString(entry.data, (text, at) => {
      for (const match of text.matchAll(PLACEHOLDER)) report(entry, match[0], formatPath(at), entry.locate([...at]));
    });
    for (const { text, line } of proseTexts(entry)) {
      for (const match of text.matchAll(PLACEHOLDER)) report(entry, match[0], 'body', entry.bodyLine + line + countLineBreaks(text, match.index) - 1);
    }
    // In MDX the braces make an expression; a bare word in them is still a forgotten placeholder.
    const tree = COLLECTIONS[entry.collection].format === 'mdx' ? proseTreeOf(entry) : undefined;
    for (const { node } of tree ? walkProse(tree) : []) {
      if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && PLACEHOLDER_WORD.test(node.value.trim())) {
        report(entry, `{${node.value.trim()}}`, 'body', entry.bodyLine + lineOf(node) - 1);
      }
    }
  }
  return problems;
};

function htmlProblem(entry: ValidEntry, finding: HtmlFinding): Problem {
  const where = { file: entry.file, line: entry.bodyLine + finding.line - 1, field: 'body' };
  const subject = proseSubject(entry);
  if (finding.kind === 'element') {
    return createProblem('UnsafeHtml', {
      ...where,
      message: `${subject} on toores HTML-element „<${finding.tag}>“, mida käsiraamat ei luba.`,
      hint: 'Kirjuta see Markdownis; tabel või joonis, mis vajab koodi, kuulub saidi komponenti.',
    });
  }
  if (finding.kind === 'unreadable') {
    return createProblem('UnsafeHtml', {
      ...where,
      message: `${subject} on toores HTML, mis on nii sügavalt pesastatud, et seda ei saa lugeda.`,
      hint: 'Kirjuta see Markdownis; sügavat pesastust tekst ei vaja.',
    });
  }
  if (finding.kind === 'attribute') {
    return createProblem('UnsafeHtml', {
      ...where,
      message: `${subject} on HTML-elemendil „<${finding.tag}>“ atribuut „${finding.attribute}“, mida käsiraamat ei luba.`,
      hint: 'Eemalda atribuut: sündmuste käsitlejad (on…), stiilid ja klassid ei kuulu teksti juurde, välimuse annab sait.',
    });
  }
  return createProblem('UnsafeUrl', {
    ...where,
    message: `${subject} on HTML-elemendi „<${finding.tag}>“ atribuudis „${finding.attribute}“ aadress „${shorten(finding.url)}“, mida käsiraamat ei luba.`,
    hint: `Lubatud on ${ALLOWED_LINK_SCHEMES} ning saidisisesed lingid, nt /protsessid/p13/.`,
  });
}

const URL_CONSTRUCTS = { link: 'link', image: 'pilt', definition: 'viite definitsioon' } as const;

/** Literal JSX attributes as hast properties, so the sanitizer can judge a lowercase element like raw HTML. */
function literalProperties(element: JsxElement): Record<string, string | true> {
  const properties: Record<string, string | true> = {};
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string')) {
      properties[attribute.name] = attribute.value ?? true;
    }
  }
  return properties;
}

/**
 * Prose is content, not code: no ESM, no {…} expressions, JSX only with literal attributes, and
 * raw HTML and URLs only as far as the sanitizer the build renders through would keep them.
 */
export const checkProseSafety: Rule = (entries) => {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const tree = proseTreeOf(entry);
    if (!tree) continue;
    const subject = proseSubject(entry);
    for (const { node } of walkProse(tree)) {
      const where = { file: entry.file, line: entry.bodyLine + lineOf(node) - 1, field: 'body' };
      if (node.type === 'html') {
        for (const finding of judgeRawHtml(node.value, lineOf(node))) problems.push(htmlProblem(entry, finding));
      } else if (node.type === 'mdxjsEsm') {
        problems.push(
          createProblem('ProseImport', {
            ...where,
            message: `${subject} on MDX-i lause „${shorten(node.value)}“, mida käsiraamat ei luba: peatükk ei impordi ega ekspordi midagi.`,
            hint: 'Eemalda see rida; saidi komponendid (nt <BodiesTable />) on peatükkides kasutatavad ilma importimata.',
          }),
        );
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (PLACEHOLDER_WORD.test(node.value.trim())) continue;
        problems.push(
          createProblem('ProseExpression', {
            ...where,
            message: `${subject} on avaldis „{${shorten(node.value)}}“, mida käsiraamat ei luba: peatükk on tekst, mitte kood.`,
            hint: 'Kui loogelised sulud on mõeldud tekstina, kirjuta need kujul \\{ ja \\}; andmeid näitab saidi komponent.',
          }),
        );
      } else if (isJsxElement(node)) {
        const name = node.name ?? '';
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            problems.push(
              createProblem('ProseExpression', {
                ...where,
                message: `${subject} on elemendil „<${name}>“ laiendatud atribuut „{${shorten(attribute.value)}}“, mida käsiraamat ei luba.`,
                hint: 'Kirjuta iga atribuut eraldi, väärtus jutumärkides, nt role="teenusejuht".',
              }),
            );
          } else if (attribute.value && typeof attribute.value === 'object') {
            problems.push(
              createProblem('ProseExpression', {
                ...where,
                message: `${subject} on elemendi „<${name}>“ atribuudi „${attribute.name}“ väärtus avaldis „{${shorten(attribute.value.value)}}“, mida käsiraamat ei luba.`,
                hint: 'Kirjuta väärtus jutumärkides, nt role="teenusejuht"; avaldisi peatükid ei arvuta.',
              }),
            );
          }
        }
        // Components are judged by the component rule; everything else is HTML written as JSX.
        if (name !== '' && isComponentName(name)) continue;
        if (name === '') {
          problems.push(htmlProblem(entry, { kind: 'element', tag: '', line: lineOf(node) }));
          continue;
        }
        const element = h(name, literalProperties(node));
        for (const finding of judgeElement(element.tagName, element.properties, lineOf(node))) problems.push(htmlProblem(entry, finding));
      } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        if (node.url.startsWith(REF_SCHEME) && node.type !== 'image') continue;
        if (isSafeUrl(node.url, node.type === 'image' ? 'src' : 'href')) continue;
        problems.push(
          createProblem('UnsafeUrl', {
            ...where,
            message: `${subject} on ${URL_CONSTRUCTS[node.type]} aadressiga „${shorten(node.url)}“, mida käsiraamat ei luba.`,
            hint: `Lubatud on ${ALLOWED_LINK_SCHEMES}, saidisisesed lingid (nt /protsessid/p13/) ja viited kirjetele (nt ref:processes/p13).`,
          }),
        );
      }
    }
  }
  return problems;
};

function componentProblem(entry: ValidEntry, node: JsxElement, graph: Parameters<Rule>[1]): Problem | undefined {
  const name = node.name!;
  const where = { file: entry.file, line: entry.bodyLine + lineOf(node) - 1, field: 'body' };
  const known: readonly string[] = PROSE_COMPONENTS;
  if (!known.includes(name)) {
    const suggestion = didYouMean(name, known);
    return createProblem('UnknownComponent', {
      ...where,
      message: `Peatükk kasutab komponenti „<${name} />“, kuid saidil sellist komponenti ei ole.`,
      hint: `${suggestion ? `${suggestion} ` : ''}Peatükkides saab kasutada komponente ${known.join(', ')}.`,
    });
  }
  const reference = PROSE_COMPONENT_REFERENCES[name as ProseComponentName];
  if (!reference) return undefined;
  const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === reference.prop);
  // An expression value is reported as such by the safety rule.
  if (attribute && attribute.value !== null && typeof attribute.value === 'object') return undefined;
  const id = attribute && typeof attribute.value === 'string' ? attribute.value : undefined;
  if (id !== undefined && graph.get(reference.to, id)) return undefined;
  if (id !== undefined) {
    const place = `Komponendi „<${name} ${reference.prop}="${id}" />“ atribuudis „${reference.prop}“`;
    return unknownReference(graph, { ...where, place, value: id, collection: reference.to, id, fieldChoosesCollection: true, from: `${entry.collection}/${entry.id}` });
  }
  // No value names an entry here, so there is nothing to suggest: only where the ids come from.
  return createProblem('UnknownReference', {
    ...where,
    message: `Komponendil „<${name} />“ puudub atribuut „${reference.prop}“, mis nimetab kirje kogust „${COLLECTIONS[reference.to].labelPlural}“.`,
    hint: idsOf(reference.to),
  });
}

/** Chapters use only the site's components, and a component that names an entry names one that exists — however its tag is wrapped over lines. */
export const checkComponents: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (entry.collection !== 'handbook') continue;
    const tree = proseTreeOf(entry);
    for (const { node } of tree ? walkProse(tree) : []) {
      if (!isJsxElement(node) || !node.name || !isComponentName(node.name)) continue;
      const problem = componentProblem(entry, node, graph);
      if (problem) problems.push(problem);
    }
  }
  return problems;
};
