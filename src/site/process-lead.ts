import type { Process } from '../model/process.ts';

/** The names a process's lead sentence uses, resolved by the page from the graph. */
export interface ProcessLeadNames {
  /** The process as readers name it, e.g. "P06 Hankeprotsess" (entryTitle): the code, when it has no name. */
  title: string;
  /** The owner post's name, when the process has an owner. */
  owner?: string | undefined;
}

// The facts a reader looks for first, as the object of "lähtedokumendid ei nimeta …" (partitive).
const PRINCIPAL: readonly { has: (process: Process) => boolean; partitive: string }[] = [
  { has: (process) => Boolean(process.name), partitive: 'nime' },
  { has: (process) => Boolean(process.kind), partitive: 'liiki' },
  { has: (process) => Boolean(process.owner), partitive: 'omanikku' },
  { has: (process) => Boolean(process.status), partitive: 'staatust' },
];

/** "nime, liiki ega omanikku": a negated list the Estonian way, "ega" before the last. */
function negatedList(words: readonly string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ega ${words.at(-1)}`;
}

/**
 * The one sentence a process page opens with: what kind of process it is and who owns it
 * ("Hankeprotsess on tugiprotsess, mille omanik on RaM-i ühisosakonna õigustalituse juht."; the
 * heading above it already gives the code), and, once
 * and in the same sentence, which of those facts the sources do not give. A process of which
 * nothing is known but its code (P01) says so in that one sentence, instead of a list of empty
 * fields.
 */
export function processLead(process: Process, names: ProcessLeadNames): string {
  const missing = PRINCIPAL.filter((fact) => !fact.has(process)).map((fact) => fact.partitive);
  const unknown = missing.length > 0 ? `lähtedokumendid ei nimeta selle ${negatedList(missing)}` : '';
  const owner = names.owner ? `mille omanik on ${names.owner}` : '';
  if (process.kind) return `${process.name ?? names.title} on ${process.kind}${owner ? `, ${owner}` : ''}${unknown ? `; ${unknown}` : ''}.`;
  if (names.owner) return `Protsessi ${names.title} omanik on ${names.owner}${unknown ? `; ${unknown}` : ''}.`;
  return `Lähtedokumendid ei nimeta protsessi ${names.title} ${negatedList(missing)}.`;
}
