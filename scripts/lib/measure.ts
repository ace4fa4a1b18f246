import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PEAK = fileURLToPath(new URL('./report-peak-memory.ts', import.meta.url));

export interface Measurement {
  seconds: number;
  peakMiB: number;
}

/** Runs a Node script once and measures its wall time and peak memory; fails loudly if it fails. */
export function measureNode(args: string[], env: NodeJS.ProcessEnv): Measurement {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', PEAK, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : Number.NaN };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Several commands run in turn, A B A B, `runs` times each, and each one's median run: on a
 * machine others share, only commands measured side by side can be compared.
 */
export function measureAlternating(runs: number, commands: string[][], env: NodeJS.ProcessEnv): Measurement[] {
  const results = commands.map((): Measurement[] => []);
  for (let run = 0; run < runs; run += 1) commands.forEach((args, index) => results[index]!.push(measureNode(args, env)));
  return results.map((list) => ({ seconds: median(list.map((result) => result.seconds)), peakMiB: Math.max(...list.map((result) => result.peakMiB)) }));
}
