import { describe, expect, it } from 'vitest';
import { MAX_ENTRY_BYTES, parseEntryFile } from '../../src/loading/read-entry.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseEntryFile', () => {
  it('reads a YAML entry and finds the line of a nested field', () => {
    const outcome = parseEntryFile(bytes('name: Ministri koosolek\nparticipants:\n  - name: Minister\n  - name: kantsler\n    role: kantsler\n'), 'content/bodies/x.yaml', 'yaml');
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.entry.data.name).toBe('Ministri koosolek');
    expect(outcome.entry.locate(['participants', 1, 'role'])).toBe(5);
  });

  it('accepts a byte-order mark and Windows line endings without shifting lines', () => {
    const outcome = parseEntryFile(bytes('\uFEFFname: SoM\r\nkind: ministeerium\r\nparent: x\r\n'), 'f.yaml', 'yaml');
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.entry.data).toEqual({ name: 'SoM', kind: 'ministeerium', parent: 'x' });
    expect(outcome.entry.locate(['parent'])).toBe(3);
  });

  it('splits frontmatter from the body and knows where the body starts', () => {
    const outcome = parseEntryFile(bytes('---\ntitle: Taust\norder: 1\n---\n\nEsimene lõik.\n'), 'f.md', 'md');
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.entry.data).toEqual({ title: 'Taust', order: 1 });
    expect(outcome.entry.body).toBe('\nEsimene lõik.\n');
    expect(outcome.entry.bodyLine).toBe(5);
    expect(outcome.entry.locate(['order'])).toBe(3);
  });

  it('refuses a 10 MB file before parsing it', () => {
    const outcome = parseEntryFile(new Uint8Array(10 * 1024 * 1024).fill(0x61), 'content/pages/suur.md', 'md');
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? undefined : outcome.problem).toEqual({
      code: 'FileTooLarge',
      severity: 'error',
      file: 'content/pages/suur.md',
      message: 'Fail on 10,0 MB, kuid kirje võib olla kuni 1 MB.',
      hint: 'Jaga tekst mitmeks kirjeks või peatükiks.',
    });
    expect(MAX_ENTRY_BYTES).toBe(1024 * 1024);
  });

  it('reports a duplicate key as invalid YAML with its line', () => {
    const outcome = parseEntryFile(bytes('name: A\nkind: amet\nname: B\n'), 'f.yaml', 'yaml');
    expect(outcome.ok ? undefined : { code: outcome.problem.code, line: outcome.problem.line, message: outcome.problem.message }).toEqual({
      code: 'InvalidYaml',
      line: 3,
      message: 'Fail ei ole korrektne YAML: map keys must be unique.',
    });
  });

  it('reports a frontmatter that is a single value', () => {
    const outcome = parseEntryFile(bytes('---\nTaust\n---\nTekst\n'), 'f.md', 'md');
    expect(outcome.ok ? undefined : outcome.problem.message).toBe(
      'Päis (frontmatter) on üks tekstiväärtus, kuid kirje peab olema väljade kogum (read kujul „nimi: väärtus“).',
    );
  });
});

describe('parseEntryFile and YAML that means more than it shows', () => {
  it('keeps an unquoted date in a text field the string the author wrote', () => {
    const outcome = parseEntryFile(bytes('name: SoM\nsource: 2026-01-15\n'), 'f.yaml', 'yaml');
    expect(outcome.ok ? outcome.entry.data : undefined).toEqual({ name: 'SoM', source: '2026-01-15' });
  });

  it('refuses an alias bomb at its first anchor, without expanding it', () => {
    const levels = Array.from({ length: 30 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const text = ['l0: &l0 "hahaha"', ...levels, 'name: x', ''].join('\n');
    const outcome = parseEntryFile(bytes(text), 'content/units/pomm.yaml', 'yaml');
    expect(outcome.ok ? undefined : outcome.problem).toEqual({
      code: 'UnsupportedYaml',
      severity: 'error',
      file: 'content/units/pomm.yaml',
      line: 1,
      message: 'Rida kasutab YAML-i ankrut „&l0“; käsiraamatu sisu ei kasuta ankruid ega viiteid neile.',
      hint: 'Kirjuta väärtus igasse kohta, kus seda vaja on, välja.',
    });
  });

  it('refuses an alias in frontmatter with the line in the file', () => {
    const outcome = parseEntryFile(bytes('---\ntitle: Taust\norder: *x\n---\nTekst\n'), 'f.md', 'md');
    expect(outcome.ok ? undefined : { code: outcome.problem.code, line: outcome.problem.line, message: outcome.problem.message }).toEqual({
      code: 'UnsupportedYaml',
      line: 3,
      message: 'Rida kasutab YAML-i viidet „*x“; käsiraamatu sisu ei kasuta ankruid ega viiteid neile.',
    });
  });

  it('refuses a second YAML document in one file', () => {
    const outcome = parseEntryFile(bytes('name: A\n---\nname: B\n'), 'f.yaml', 'yaml');
    expect(outcome.ok ? undefined : { code: outcome.problem.code, line: outcome.problem.line }).toEqual({ code: 'InvalidYaml', line: 2 });
  });
});
