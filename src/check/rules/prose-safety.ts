import { createProblem, type Problem } from '../../errors/problem.ts';
import { formatPath } from '../../errors/field-path.ts';
import { COLLECTIONS } from '../../model/collections.ts';
import { PROSE_COMPONENT_REFERENCES, PROSE_COMPONENTS, type ProseComponentName } from '../../model/prose-components.ts';
import { didYouMean } from '../../graph/suggest.ts';
import type { ValidEntry } from '../validate-shape.ts';
import type { Rule } from './rule.ts';

/** "{regNumber}", "{Allkirjastaja}": a word in braces is a template field nobody filled in. */
const PLACEHOLDER = /\{[A-Za-zÕÄÖÜõäöüŠšŽž]+\}/g;

/** Raw HTML that would run script or need 'unsafe-inline' under the site's Content-Security-Policy. */
const UNSAFE_HTML: { pattern: RegExp; what: string }[] = [
  { pattern: /<script\b/i, what: 'a <script> element' },
  { pattern: /<(?:iframe|object|embed)\b/i, what: 'an embedded frame or object' },
  { pattern: /<[a-z][^>]*\son[a-z]+\s*=/i, what: 'an on… event-handler attribute' },
  { pattern: /(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:|\]\(\s*javascript:/i, what: 'a javascript: URL' },
  { pattern: /<style\b|<[a-z][^>]*\sstyle\s*=/i, what: 'inline CSS (a <style> element or style attribute)' },
];

const COMPONENT = /<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g;

function* strings(value: unknown, at: PropertyKey[] = []): Generator<{ text: string; at: PropertyKey[] }> {
  if (typeof value === 'string') yield { text: value, at };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...at, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, [...at, key]);
}

function bodyLines(entry: ValidEntry): { text: string; line: number }[] {
  return (entry.body ?? '').split('\n').map((text, index) => ({ text, line: entry.bodyLine + index }));
}

export const checkPlaceholders: Rule = (entries) => {
  const problems: Problem[] = [];
  const report = (entry: ValidEntry, placeholder: string, field: string, line: number) =>
    problems.push(
      createProblem('UnfilledPlaceholder', {
        file: entry.file,
        line,
        field,
        message: `${field === 'body' ? 'The text' : `\`${field}\``} holds the unfilled template placeholder "${placeholder}".`,
        hint: 'Write the real value, or leave the field out while it is unknown: the content-health report lists missing values.',
      }),
    );
  for (const entry of entries) {
    for (const { text, at } of strings(entry.data)) {
      for (const match of text.matchAll(PLACEHOLDER)) report(entry, match[0], formatPath(at), entry.locate(at));
    }
    for (const { text, line } of bodyLines(entry)) {
      for (const match of text.matchAll(PLACEHOLDER)) report(entry, match[0], 'body', line);
    }
  }
  return problems;
};

export const checkUnsafeHtml: Rule = (entries) => {
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { text, line } of bodyLines(entry)) {
      for (const { pattern, what } of UNSAFE_HTML) {
        if (!pattern.test(text)) continue;
        problems.push(
          createProblem('UnsafeHtml', {
            file: entry.file,
            line,
            field: 'body',
            message: `The text contains ${what}, which the site's Content-Security-Policy forbids.`,
            hint: 'Use Markdown instead of raw HTML; tables and figures that need code belong in a site component.',
          }),
        );
      }
    }
  }
  return problems;
};

export const checkComponents: Rule = (entries, graph) => {
  const problems: Problem[] = [];
  const known: readonly string[] = PROSE_COMPONENTS;
  for (const entry of entries) {
    if (entry.collection !== 'handbook') continue;
    for (const { text, line } of bodyLines(entry)) {
      for (const match of text.matchAll(COMPONENT)) {
        if (known.includes(match[1]!)) {
          const reference = PROSE_COMPONENT_REFERENCES[match[1] as ProseComponentName];
          const id = reference && new RegExp(`\\b${reference.prop}="([^"]*)"`).exec(match[2] ?? '')?.[1];
          if (reference && (id === undefined || !graph.get(reference.to, id))) {
            const noun = COLLECTIONS[reference.to].noun;
            const suggestion = id === undefined ? undefined : didYouMean(id, graph.ids(reference.to));
            problems.push(
              createProblem('UnknownReference', {
                file: entry.file,
                line,
                field: 'body',
                message:
                  id === undefined
                    ? `<${match[1]} /> needs the ${reference.prop}="…" of a ${noun}.`
                    : `<${match[1]} ${reference.prop}="${id}" /> names no ${noun}: no ${noun} has that id.`,
                hint: `${suggestion ? `${suggestion} ` : ''}Ids are the file names in content/${COLLECTIONS[reference.to].folder}/.`,
              }),
            );
          }
          continue;
        }
        const suggestion = didYouMean(match[1]!, known);
        problems.push(
          createProblem('UnknownComponent', {
            file: entry.file,
            line,
            field: 'body',
            message: `The chapter uses <${match[1]} />, but the site has no such component.`,
            hint: `${suggestion ? `${suggestion} ` : ''}Chapters may use: ${known.join(', ')}.`,
          }),
        );
      }
    }
  }
  return problems;
};
