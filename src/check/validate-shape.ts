import type { z } from 'astro/zod';
import { formatPath } from '../errors/field-path.ts';
import { createProblem, type Problem } from '../errors/problem.ts';
import { didYouMean } from '../graph/suggest.ts';
import type { GraphEntry } from '../graph/build-graph.ts';
import { type CollectionKey, COLLECTIONS, parseEntryData, schemaOf } from '../model/collections.ts';
import { plural } from '../text/plural.ts';
import type { RawEntry } from '../loading/entry-file.ts';

type Issue = z.core.$ZodIssue;

export function showValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = typeof value === 'string' ? `„${value}“` : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** Walks a schema along a data path, through optional/default/pipe wrappers, to read field names and descriptions. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (!node) return undefined;
    const def = node._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType };
    if (def.type === 'object' && typeof segment === 'string') node = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') node = def.element;
    else return undefined;
    node = node && unwrap(node);
  }
  return node;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  for (;;) {
    const def = node._zod.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else return node;
  }
}

/** The author-facing description of a field: on the field itself or on any wrapper around it. */
function describe(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  const parent = schemaAt(schema, path.slice(0, -1));
  const last = path.at(-1);
  const def = parent?._zod.def as { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
  let node = def?.type === 'object' && typeof last === 'string' ? def.shape?.[last] : def?.type === 'array' ? def.element : undefined;
  while (node) {
    if (node.description) return node.description;
    const inner = node._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    node = inner.innerType ?? inner.in;
  }
  return undefined;
}

/** The message of a date field that is no real day (the schemas use it too). */
export const REAL_DATE = 'peab olema päris kuupäev kujul AAAA-KK-PP';

/** What zod's type names are in a sentence "peab olema …". */
const TYPE_WORDS: Record<string, string> = { string: 'tekst', array: 'loend', object: 'väljade kogum', number: 'arv', int: 'täisarv', boolean: 'jah või ei (true/false)' };

function issueToProblem(entry: RawEntry, schema: z.ZodType, issue: Issue): Problem {
  const path = issue.path as PropertyKey[];
  const field = formatPath(path);
  const base = { file: entry.file, line: entry.locate(path), field };
  const collection = `„${COLLECTIONS[entry.collection].labelPlural}“`;

  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys((schemaAt(schema, path)?._zod.def as { shape?: object }).shape ?? {});
    const key = issue.keys[0]!;
    const keyPath = [...path, key];
    const full = formatPath(keyPath);
    const suggestion = didYouMean(key, known);
    return createProblem('UnknownField', {
      ...base,
      line: entry.locate(keyPath),
      field: full,
      message: `Väli „${full}“${issue.keys.length > 1 ? ` (ja ${issue.keys.slice(1).map((k) => `„${k}“`).join(', ')})` : ''} ei kuulu kogu ${collection} kirjesse.`,
      hint: `${suggestion ? `${suggestion} ` : ''}Siin lubatud väljad: ${known.join(', ')}.`,
    });
  }

  const value = valueAt(entry.data, path);
  const description = describe(schema, path);
  if (value === undefined) {
    return createProblem('MissingField', {
      ...base,
      message: `Väli „${field}“ puudub, kuid kogu ${collection} kirjel peab see olema.`,
      hint: description ? `Lisa väli „${String(path.at(-1))}“: ${description}` : `Lisa väli „${String(path.at(-1))}“.`,
    });
  }

  let expected: string;
  switch (issue.code) {
    case 'invalid_value':
      expected = `peab olema üks järgmistest: ${issue.values.map((v) => `„${String(v)}“`).join(', ')}`;
      break;
    case 'invalid_type':
      expected = `peab olema ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      break;
    case 'too_small':
      expected = issue.origin === 'array' ? `peab olema loend, milles on vähemalt ${plural(Number(issue.minimum), 'element', 'elementi')}` : issue.origin === 'string' ? 'ei tohi olla tühi' : `peab olema vähemalt ${String(issue.minimum)}`;
      break;
    case 'invalid_union':
      expected = description?.includes('AAAA-KK-PP') ? REAL_DATE : 'peab olema ühel lubatud kujudest';
      break;
    default:
      // Custom and pattern checks carry their own phrase, written to follow "kuid see".
      expected = /^(peab|ei tohi) /.test(issue.message) ? issue.message : `peab olema korrektne: ${issue.message}`;
  }
  const hint = issue.code === 'invalid_value' ? didYouMean(String(value), issue.values.map(String)) : undefined;
  return createProblem('InvalidValue', {
    ...base,
    message: `Väljal „${field}“ on ${showValue(value)}, kuid see ${expected}.`,
    hint: [hint, description].filter(Boolean).join(' ') || undefined,
  });
}

/** An entry whose data its collection's schema parsed: a graph entry with its file and lines. */
export type ValidEntry<K extends CollectionKey = CollectionKey> = GraphEntry<K> & {
  file: string;
  bodyLine: number;
  locate: RawEntry['locate'];
};

type Validated<K extends CollectionKey> = { ok: true; entry: ValidEntry<K> } | { ok: false; issues: Issue[] };

/** Parses one entry with its own collection's schema, so the data comes out typed by that collection. */
function validate<K extends CollectionKey>(entry: RawEntry, collection: K): Validated<K> {
  const result = parseEntryData(collection, entry.data);
  if (!result.success) return { ok: false, issues: result.error.issues };
  const { id, file, body, bodyLine, locate } = entry;
  return { ok: true, entry: { collection, id, file, data: result.data, body, bodyLine, locate } };
}

/** Checks each entry against its collection's schema; returns the parsed entries and one problem per issue. */
export function validateShapes(entries: readonly RawEntry[]): { valid: ValidEntry[]; invalid: RawEntry[]; problems: Problem[] } {
  const valid: ValidEntry[] = [];
  const invalid: RawEntry[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const result = validate(entry, entry.collection);
    if (result.ok) valid.push(result.entry);
    else {
      invalid.push(entry);
      problems.push(...result.issues.map((issue) => issueToProblem(entry, schemaOf(entry.collection), issue)));
    }
  }
  return { valid, invalid, problems };
}
