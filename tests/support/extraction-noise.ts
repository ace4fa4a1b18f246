import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Words as the PDF extraction mangled them; none may survive the transcription. */
export const MANGLED_WORDS = ['t66', 'té6', 'koostdd', 'vdimestaja', 'ndustaja', 'kdneisik', 'véimaluste', 'teenuspdhise', 'kaskkirjaga', 'Toopere', 'taidab', 'Ulesanded', 'tdpsem'];

/** What the extraction added to the text of the sources. */
export const ARTEFACTS = ['[image:', 'Tehisintellekti genereeritud', 'genereeritud automaatselt', '[bookmark:', 'Description automatically generated'];

/** The text of every file of a content tree, joined. */
export function readAllText(dir: string): string {
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));
  return files(dir).map((file) => readFileSync(file, 'utf8')).join('\n');
}
