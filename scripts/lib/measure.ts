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

/** The run with the median time of several, so one slow start does not decide the number. */
export function measureMedian(runs: number, args: string[], env: NodeJS.ProcessEnv): Measurement {
  const results = Array.from({ length: runs }, () => measureNode(args, env));
  const seconds = median(results.map((result) => result.seconds));
  return { seconds, peakMiB: Math.max(...results.map((result) => result.peakMiB)) };
}
