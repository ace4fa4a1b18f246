import type { Manifest } from './manifest.ts';

/** "2026-01-15" → "15.01.2026", as directives are written. */
function estonianDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

export interface NumberingRequest {
  version: number;
  directive: Manifest['directive'];
  /** The manifests of the snapshots on disk. */
  published: readonly Pick<Manifest, 'version' | 'directive'>[];
  /** The versions git records as released (some may be gone from disk, which is refused elsewhere). */
  released: readonly number[];
}

/**
 * Why a version number or directive cannot be the next release, or undefined when it can. A
 * controlled document's versions follow each other without a gap, each approved by a later
 * directive than the one before it.
 */
export function refuseNumbering({ version, directive, published, released }: NumberingRequest): { message: string; hint: string } | undefined {
  const numbers = [...published.map((item) => item.version), ...released];
  const latest = numbers.length > 0 ? Math.max(...numbers) : undefined;
  if (numbers.includes(version)) {
    return { message: `Versioon ${version} on juba avaldatud; avaldatud versiooni ei muudeta.`, hint: `Avalda selle asemel järgmine versioon: --version ${(latest ?? version) + 1}.` };
  }
  if (latest === undefined) return undefined;
  if (version < latest) {
    return { message: `Versioon ${version} on väiksem kui viimane avaldatud versioon ${latest}.`, hint: `Avalda selle asemel järgmine versioon: --version ${latest + 1}.` };
  }
  if (version > latest + 1) {
    return { message: `Versioon ${version} ei järgne viimasele avaldatud versioonile ${latest}; versioonide vahele ei jäeta auku.`, hint: `Avalda järgmine versioon: --version ${latest + 1}.` };
  }
  const previous = published.find((item) => item.version === latest);
  if (previous && directive.date <= previous.directive.date) {
    return {
      message: `Käskkiri kuupäevaga ${estonianDate(directive.date)} ei ole hilisem kui versiooni ${latest} käskkiri (${estonianDate(previous.directive.date)} nr ${previous.directive.number}).`,
      hint: 'Uus versioon kinnitatakse hilisema käskkirjaga: kontrolli käskkirja kuupäeva.',
    };
  }
  return undefined;
}
