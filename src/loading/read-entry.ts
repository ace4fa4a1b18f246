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

/**
 * A parsed entry as plain data, which a worker thread can send back: the YAML it was read from
 * (the whole file, or the frontmatter from line 2) stands in for the locator, made where needed.
 */
export interface EntryParts extends Omit<ParsedEntry, 'locate'> {
  yaml: { text: string; firstLine: number };
}

export type PartsOutcome = { ok: true; parts: EntryParts } | { ok: false; problem: Problem };

/** The entry with its locator, from its plain parts (other fields, such as the file's name, kept). */
export function withLocator<T extends EntryParts>({ yaml, ...rest }: T): Omit<T, 'yaml'> & Pick<ParsedEntry, 'locate'> {
  return { ...rest, locate: createLocator(yaml.text, yaml.firstLine) };
}

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
        message: `Fail ei ole UTF-8 kodeeringus: real ${line} on baidid, mis ei moodusta UTF-8 märki.`,
        hint: 'Salvesta fail UTF-8 kodeeringus (näiteks valikuga „Save with encoding: UTF-8“); eesti tähed õ ä ö ü š ž peavad olema UTF-8 kodeeringus.',
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

/** How a message names what was read: the whole file, or a Markdown/MDX file's frontmatter. */
type YamlPart = 'Fail' | 'Päis (frontmatter)';

const WRITE_FIELDS = 'Kirjuta kirje väljad ridadena kujul „nimi: väärtus“ või kustuta fail.';

/** What a YAML value that is no map of fields is, for the sentence "Fail on …". */
function kindOf(data: unknown): string {
  if (Array.isArray(data)) return 'loend';
  const words: Record<string, string> = { string: 'üks tekstiväärtus', number: 'üks arv', boolean: 'üks tõeväärtus' };
  return words[typeof data] ?? 'üks väärtus';
}

function parseYaml(text: string, file: string, firstLine: number, what: YamlPart): { data: Record<string, unknown> } | { problem: Problem } {
  if (text.trim() === '') {
    return {
      problem: createProblem('EmptyFile', {
        file,
        line: firstLine,
        message: `${what} on tühi.`,
        hint: WRITE_FIELDS,
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
          message: `${what} ei ole korrektne YAML: ${asClause(read.problem.reason)}.`,
          hint: 'Kontrolli selle ja järgmise rea taanet ning pane jutumärkidesse väärtused, milles on „: “ või mis algavad erimärgiga.',
        }),
      };
    }
    return { problem: unsupportedYaml(file, line, read.problem) };
  }
  const data = read.value;
  if (data === null || data === undefined) {
    return { problem: createProblem('EmptyFile', { file, line: firstLine, message: `${what} ei sisalda ühtegi välja.`, hint: WRITE_FIELDS }) };
  }
  if (!isFieldMap(data)) {
    return {
      problem: createProblem('NotAMap', {
        file,
        line: firstLine,
        message: `${what} on ${kindOf(data)}, kuid kirje peab olema väljade kogum (read kujul „nimi: väärtus“).`,
        hint: 'Eemalda rea algusest „- “ või kirjuta iga väli kujul „nimi: väärtus“.',
      }),
    };
  }
  return { data };
}

/** The problem of a file over MAX_ENTRY_BYTES; its reader may know the size without reading it. */
export function fileTooLarge(file: string, bytes: number): Problem {
  return createProblem('FileTooLarge', {
    file,
    message: `Fail on ${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB, kuid kirje võib olla kuni 1 MB.`,
    hint: 'Jaga tekst mitmeks kirjeks või peatükiks.',
  });
}

/** Turns the bytes of one entry file into data (and a body for Markdown/MDX), or one problem. */
export function parseEntryFile(bytes: Uint8Array, file: string, format: EntryFormat): ParseOutcome {
  const outcome = parseEntryParts(bytes, file, format);
  return outcome.ok ? { ok: true, entry: withLocator(outcome.parts) } : outcome;
}

/** parseEntryFile as plain data (see EntryParts). */
export function parseEntryParts(bytes: Uint8Array, file: string, format: EntryFormat): PartsOutcome {
  if (bytes.length > MAX_ENTRY_BYTES) return { ok: false, problem: fileTooLarge(file, bytes.length) };
  const decoded = decode(bytes, file);
  if ('problem' in decoded) return { ok: false, problem: decoded.problem };
  const { text } = decoded;

  if (format === 'yaml') {
    const parsed = parseYaml(text, file, 1, 'Fail');
    if ('problem' in parsed) return { ok: false, problem: parsed.problem };
    return { ok: true, parts: { data: parsed.data, bodyLine: 1, yaml: { text, firstLine: 1 } } };
  }

  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      ok: false,
      problem: createProblem('MissingFrontmatter', {
        file,
        line: 1,
        message: 'Fail ei alga päisega (frontmatter), mis on kahe „---“ rea vahel.',
        hint: 'Alusta faili reaga „---“, kirjuta järgmistele ridadele väljad kujul „nimi: väärtus“ ja lõpeta päis enne teksti uuesti reaga „---“.',
      }),
    };
  }
  const frontmatter = match[1] ?? '';
  const parsed = parseYaml(frontmatter, file, 2, 'Päis (frontmatter)');
  if ('problem' in parsed) return { ok: false, problem: parsed.problem };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {
    ok: true,
    parts: { data: parsed.data, body: text.slice(match[0].length), bodyLine, yaml: { text: frontmatter, firstLine: 2 } },
  };
}
