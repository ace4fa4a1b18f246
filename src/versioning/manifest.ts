import { createHash } from 'node:crypto';

/**
 * The record of one published version: its approval and a SHA-256 of every file, so a frozen
 * snapshot can prove it was not changed after it was published.
 */
export interface Manifest {
  version: number;
  /** The directive (käskkiri) that approved the version. */
  directive: { date: string; number: string };
  author: string;
  notes: string[];
  /** Day the snapshot was frozen, YYYY-MM-DD. */
  releasedOn: string;
  /** SHA-256 (hex) of each file, by its path inside the snapshot's content folder. */
  files: Record<string, string>;
  /** SHA-256 of everything above: a change to a file or to the metadata changes it. */
  sha256: string;
}

export type ManifestData = Omit<Manifest, 'sha256'>;

export function sha256(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A canonical form (keys sorted at every level), so the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function hashManifest(data: ManifestData): string {
  return sha256(canonical(data));
}

export function createManifest(data: ManifestData): Manifest {
  return { ...data, sha256: hashManifest(data) };
}

/** "15.01.2026 nr 2" → { date: "2026-01-15", number: "2" }; undefined when it is not of that form. */
export function parseDirective(text: string): { date: string; number: string } | undefined {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+nr\s+(\S+)\s*$/i.exec(text);
  if (!match) return undefined;
  const [, day, month, year, number] = match;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return undefined;
  return { date, number: number! };
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((item) => typeof item === 'string');
}

/** Reads a manifest's JSON; returns the reason when it is not one. */
export function parseManifest(text: string): { manifest: Manifest } | { reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: `see ei ole korrektne JSON (${(error as Error).message})` };
  }
  const data = value as Partial<Manifest> | null;
  if (!data || typeof data !== 'object') return { reason: 'see ei ole JSON-objekt' };
  if (!Number.isInteger(data.version) || (data.version ?? 0) < 1) return { reason: 'väli „version“ ei ole täisarv, mis on vähemalt 1' };
  if (!data.directive || typeof data.directive.date !== 'string' || typeof data.directive.number !== 'string') return { reason: 'väljal „directive“ puudub kuupäev või number' };
  if (typeof data.author !== 'string' || typeof data.releasedOn !== 'string') return { reason: 'väli „author“ või „releasedOn“ puudub' };
  if (!Array.isArray(data.notes) || !data.notes.every((note) => typeof note === 'string')) return { reason: 'väli „notes“ ei ole tekstide loend' };
  if (!isStringRecord(data.files)) return { reason: 'väli „files“ ei ole failiteede ja nende räside kogum' };
  if (typeof data.sha256 !== 'string') return { reason: 'väli „sha256“ puudub' };
  return { manifest: data as Manifest };
}
