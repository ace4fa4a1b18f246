import type { Process } from '../model/process.ts';

/**
 * How S1's process tables (ch 3.1 and 3.2) write a process: its name, then in brackets its code
 * ("Õigusloome protsess (P03)"), the process that describes it ("Eelarve planeerimine (viide
 * P02)") or that it is being drafted ("Analüüsiprotsess (loomisel)"). The tables keep these
 * words, so the bracket is derived from the data rather than stored beside it.
 */
export interface ProcessRow {
  name: string;
  /** The bracket's words without the brackets, e.g. "P03", "viide P02", "loomisel". */
  qualifier?: string;
}

/** `partOfCode` is the code of the process named in `partOf`, when that one has a code. */
export function processRow(process: Pick<Process, 'name' | 'code' | 'status'>, id: string, partOfCode?: string): ProcessRow {
  const name = process.name ?? process.code ?? id;
  if (process.code) return process.name ? { name, qualifier: process.code } : { name };
  if (partOfCode) return { name, qualifier: `viide ${partOfCode}` };
  if (process.status === 'loomisel') return { name, qualifier: 'loomisel' };
  return { name };
}

/** The row as one line of text, as S1 prints it. */
export function processRowText(row: ProcessRow): string {
  return row.qualifier ? `${row.name} (${row.qualifier})` : row.name;
}
