/**
 * The change notes of a release, from the bytes of the notes file: one note a line, list markers
 * dropped. Refuses bytes that are not UTF-8 text, which would be frozen into the manifest garbled.
 */
export function parseNotes(bytes: Uint8Array): { notes: string[] } | { reason: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'ei ole UTF-8 tekst' };
  }
  // A NUL byte is valid UTF-8 but never in a text file: this is a binary file.
  if (text.includes('\0')) return { reason: 'ei ole tekstifail' };
  const notes = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.replace(/^\s*[-*]\s+/, '').trim()).filter(Boolean);
  return { notes };
}
