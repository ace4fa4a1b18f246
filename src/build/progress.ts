import { plural } from '../text/plural.ts';

/**
 * The steps of one Astro build that the build script tells its reader about. The build runs
 * as a child process of scripts/build.ts; the integration reports each step over Node's IPC
 * channel, so the script can print one line per step and keep Astro's page-by-page output out
 * of the way. A build started any other way (astro build, astro dev) has no channel and the
 * report is dropped.
 */
export type BuildStep =
  | { step: 'checked'; errors: number; warnings: number }
  | { step: 'rendered'; pages: number; checkingLinks: boolean }
  | { step: 'indexed'; pages: number; linksChecked: boolean };

export function reportStep(step: BuildStep): void {
  process.send?.(step);
}

export function isBuildStep(message: unknown): message is BuildStep {
  return typeof message === 'object' && message !== null && typeof (message as { step?: unknown }).step === 'string';
}

/** The line the build script prints for a step, in the words of the one who runs it. */
export function describeStep(step: BuildStep): string {
  switch (step.step) {
    case 'checked':
      return `sisu kontrollitud: ${plural(step.errors, 'viga', 'viga')}, ${plural(step.warnings, 'hoiatus', 'hoiatust')}`;
    case 'rendered':
      return `${plural(step.pages, 'lehekülg', 'lehekülge')} valmis; ${step.checkingLinks ? 'kontrollin linke ja ' : ''}indekseerin otsingu jaoks…`;
    case 'indexed':
      return `otsinguindeks valmis (${plural(step.pages, 'lehekülg', 'lehekülge')})${step.linksChecked ? ', kõik lingid toimivad' : ''}`;
  }
}
