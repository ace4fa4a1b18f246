import { existsSync, readFileSync, statSync } from 'node:fs';
import { formatDate } from '../../src/text/format-date.ts';
import { parseDirective } from '../../src/versioning/manifest.ts';
import { parseNotes } from '../../src/versioning/release-notes.ts';

/** What a release needs from the quality manager. */
export interface ReleaseAnswers {
  version: number;
  directive: { date: string; number: string };
  author: string;
  notes: string[];
}

/** Asks one question and returns the answer typed (without the line end); undefined when input ended. */
export type Ask = (question: string) => Promise<string | undefined>;

export interface DialogueContext {
  /** The next version number after the version in force. */
  proposedVersion: number;
  /** The author of the version in force, offered again. */
  proposedAuthor?: string | undefined;
  /** The semantic changes against the version in force, one line each, shown before the last question. */
  changes: readonly string[];
  say(line: string): void;
}

/** The notes of typed text: one a line, list marks dropped (typed text is always UTF-8). */
function notesOf(text: string): string[] {
  const parsed = parseNotes(new TextEncoder().encode(text));
  return 'notes' in parsed ? parsed.notes : [];
}

/** Asks until the answer is accepted; `accept` returns the value, or a sentence saying what is wrong. */
async function askUntil<T>(ask: Ask, say: (line: string) => void, question: string, accept: (answer: string) => { value: T } | { problem: string }): Promise<T | undefined> {
  for (;;) {
    const answer = await ask(question);
    if (answer === undefined) return undefined;
    const result = accept(answer.trim());
    if ('value' in result) return result.value;
    say(`  ${result.problem}`);
  }
}

/**
 * The guided release, in Estonian: the version (proposing the next), the directive's date and
 * number, the author, the change notes (from a file, or typed line by line), then a summary with
 * what changed against the version in force, and publishing only after "jah". Returns undefined
 * when the quality manager says no or the input ends: nothing is published then.
 */
export async function askRelease(ask: Ask, context: DialogueContext): Promise<ReleaseAnswers | undefined> {
  const { say } = context;
  const version = await askUntil(ask, say, `Versiooni number [${context.proposedVersion}]: `, (answer) => {
    const text = answer || String(context.proposedVersion);
    return /^[1-9]\d*$/.test(text) ? { value: Number(text) } : { problem: `„${text}“ ei ole versiooni number: kirjuta täisarv, nt ${context.proposedVersion}.` };
  });
  if (version === undefined) return undefined;
  const date = await askUntil(ask, say, 'Käskkirja kuupäev (pp.kk.aaaa): ', (answer) => {
    const parsed = parseDirective(`${answer} nr 0`);
    return parsed ? { value: parsed.date } : { problem: `„${answer}“ ei ole kuupäev kujul pp.kk.aaaa, nt 15.01.2027.` };
  });
  if (date === undefined) return undefined;
  const number = await askUntil(ask, say, 'Käskkirja number: ', (answer) => (answer && !/\s/.test(answer) ? { value: answer } : { problem: 'Kirjuta käskkirja number ilma tühikuteta, nt 3 või 1-2/45.' }));
  if (number === undefined) return undefined;
  const author = await askUntil(ask, say, `Koostaja${context.proposedAuthor ? ` [${context.proposedAuthor}]` : ''}: `, (answer) => {
    const name = answer || context.proposedAuthor || '';
    return name ? { value: name } : { problem: 'Kirjuta versiooni koostaja nimi.' };
  });
  if (author === undefined) return undefined;
  const notes = await askNotes(ask, say);
  if (notes === undefined) return undefined;

  say('');
  say(`Avaldatakse versioon ${version}, kinnitatud käskkirjaga ${formatDate(date)} nr ${number}, koostaja ${author}.`);
  say('Muudatuste loetelu:');
  for (const note of notes) say(`  – ${note}`);
  say(context.changes.length ? `Muutunud võrreldes kehtiva versiooniga (${context.changes.length}):` : 'Sisu ei erine kehtivast versioonist.');
  for (const change of context.changes) say(`  ${change}`);
  const confirmed = await askUntil(ask, say, `Kas avaldan versiooni ${version}? (jah/ei): `, (answer) => {
    const word = answer.toLowerCase();
    return word === 'jah' || word === 'j' ? { value: true } : word === 'ei' || word === 'e' ? { value: false } : { problem: 'Vasta „jah“ või „ei“.' };
  });
  return confirmed ? { version, directive: { date, number }, author, notes } : undefined;
}

/** The change notes: a file's name, or the notes typed line by line and ended with an empty line. */
async function askNotes(ask: Ask, say: (line: string) => void): Promise<string[] | undefined> {
  for (;;) {
    const first = await ask('Muudatuste loetelu: faili nimi või esimene muudatus (lõpeta tühja reaga): ');
    if (first === undefined) return undefined;
    const answer = first.trim();
    if (!answer) {
      say('  Kirjuta vähemalt üks muudatus või muudatuste faili nimi.');
      continue;
    }
    if (existsSync(answer) && statSync(answer).isFile()) {
      const parsed = parseNotes(readFileSync(answer));
      if ('reason' in parsed) say(`  Fail „${answer}“ ${parsed.reason}; kirjuta muudatused UTF-8 tekstina, üks reas.`);
      else if (parsed.notes.length > 0) return parsed.notes;
      else say(`  Failis „${answer}“ ei ole ühtegi muudatust.`);
      continue;
    }
    const notes = notesOf(answer);
    for (;;) {
      const line = await ask('  ');
      if (line === undefined || !line.trim()) return notes;
      notes.push(...notesOf(line));
    }
  }
}
