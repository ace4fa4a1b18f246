import { createProblem, type Problem } from '../errors/problem.ts';
import type { EntryFormat } from '../model/collections.ts';
import { createLocator } from './locate.ts';
import { readYaml } from './yaml.ts';

/** Entry files larger than this are refused before parsing: no handbook entry is this big. */
export const MAX_ENTRY_BYTES = 1024 * 1024;

export interface ParsedEntry {
  data: Record<string, unknown>;
  /** Markdown/MDX body, without frontmatter; undefined for YAML data files. */
  body?: string;
  /** Line in the file where the body starts (1-based). */
  bodyLine: number;
  /** Line of a field given as a path, e.g. ["participants", 2, "role"]. */
  locate: (path: readonly PropertyKey[]) => number;
}

export type ParseOutcome = { ok: true; entry: ParsedEntry } | { ok: false; problem: Problem };

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

function decode(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoder marks each bad sequence with U+FFFD, which tells the line to look at.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const line = lenient.slice(0, lenient.indexOf('\uFFFD')).split('\n').length;
    return {
      problem: createProblem('InvalidEncoding', {
        file,
        line,
        message: `The file is not valid UTF-8: line ${line} holds bytes that are not a character in UTF-8.`,
        hint: 'Save the file as UTF-8 (for example with "Save with encoding: UTF-8"); Estonian letters õ ä ö ü š ž must be UTF-8.',
      }),
    };
  }
  // A BOM and Windows line endings are common from editors and harmless: normalise them away.
  return { text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

const UNSUPPORTED = {
  anchor: (name: string) => ({ message: `Rida kasutab YAML-i ankrut „&${name}“; käsiraamatu sisu ei kasuta ankruid ega viiteid neile.`, hint: 'Kirjuta väärtus igasse kohta, kus seda vaja on, välja.' }),
  alias: (name: string) => ({ message: `Rida kasutab YAML-i viidet „*${name}“; käsiraamatu sisu ei kasuta ankruid ega viiteid neile.`, hint: 'Kirjuta viidatud väärtus selle asemele välja.' }),
  tag: (name: string) => ({ message: `Rida kasutab YAML-i silti „${name}“, mis annaks väärtusele teise tähenduse, kui sellel kirjas on.`, hint: 'Kustuta silt; kui väärtus peab jääma tekstiks, pane see jutumärkidesse.' }),
};

/** Anchors, aliases and tags: valid YAML that content never needs (see yaml.ts). */
function unsupportedYaml(file: string, line: number, found: { kind: keyof typeof UNSUPPORTED; name: string }): Problem {
  return createProblem('UnsupportedYaml', { file, line, ...UNSUPPORTED[found.kind](found.name) });
}

/** The parser's sentence ("Map keys must be unique.") as the end of ours. */
function asClause(reason: string): string {
  const trimmed = reason.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseYaml(text: string, file: string, firstLine: number, what: string): { data: Record<string, unknown> } | { problem: Problem } {
  if (text.trim() === '') {
    return {
      problem: createProblem('EmptyFile', {
        file,
        line: firstLine,
        message: `The ${what} is empty.`,
        hint: 'Write the entry\'s fields as "name: value" lines, or delete the file.',
      }),
    };
  }
  const read = readYaml(text);
  if (!read.ok) {
    const line = read.line + firstLine - 1;
    if (read.problem.kind === 'syntax') {
      return {
        problem: createProblem('InvalidYaml', {
          file,
          line,
          message: `The ${what} is not valid YAML: ${asClause(read.problem.reason)}.`,
          hint: 'Check the indentation of this line and the next, and quote values that contain ": " or start with a special character.',
        }),
      };
    }
    return { problem: unsupportedYaml(file, line, read.problem) };
  }
  const data = read.value;
  if (data === null || data === undefined) {
    return { problem: createProblem('EmptyFile', { file, line: firstLine, message: `The ${what} holds no fields.`, hint: 'Write the entry\'s fields as "name: value" lines, or delete the file.' }) };
  }
  if (!isFieldMap(data)) {
    const kind = Array.isArray(data) ? 'a list' : `a single ${typeof data}`;
    return {
      problem: createProblem('NotAMap', {
        file,
        line: firstLine,
        message: `The ${what} is ${kind}, but an entry must be a map of fields ("name: value" lines).`,
        hint: 'Remove the leading "- " or write each field as "name: value".',
      }),
    };
  }
  return { data };
}

/** The problem of a file over MAX_ENTRY_BYTES; its reader may know the size without reading it. */
export function fileTooLarge(file: string, bytes: number): Problem {
  return createProblem('FileTooLarge', {
    file,
    message: `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an entry may be at most 1 MB.`,
    hint: 'Split the text into several entries or chapters.',
  });
}

/** Turns the bytes of one entry file into data (and a body for Markdown/MDX), or one problem. */
export function parseEntryFile(bytes: Uint8Array, file: string, format: EntryFormat): ParseOutcome {
  if (bytes.length > MAX_ENTRY_BYTES) return { ok: false, problem: fileTooLarge(file, bytes.length) };
  const decoded = decode(bytes, file);
  if ('problem' in decoded) return { ok: false, problem: decoded.problem };
  const { text } = decoded;

  if (format === 'yaml') {
    const parsed = parseYaml(text, file, 1, 'file');
    if ('problem' in parsed) return { ok: false, problem: parsed.problem };
    return { ok: true, entry: { data: parsed.data, bodyLine: 1, locate: createLocator(text, 1) } };
  }

  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: createProblem('MissingFrontmatter', {
        file,
        line: 1,
        message: 'The file does not start with a frontmatter block between two "---" lines.',
        hint: 'Start the file with "---", the fields as "name: value" lines, and "---" again before the text.',
      }),
    };
  }
  const frontmatter = match[1] ?? '';
  const parsed = parseYaml(frontmatter, file, 2, 'frontmatter');
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {
    ok: true,
    entry: { data: parsed.data, body: text.slice(match[0].length), bodyLine, locate: createLocator(frontmatter, 2) },
  };
}
