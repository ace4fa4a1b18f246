/** A run of words that stayed, was removed or was added. */
export interface WordRun {
  op: 'same' | 'removed' | 'added';
  text: string;
}

interface Step<T> {
  op: WordRun['op'];
  value: T;
}

/** The steps from one list to another along their longest common subsequence. */
function lcsSteps<T>(before: readonly T[], after: readonly T[]): Step<T>[] {
  const columns = after.length + 1;
  const lengths = new Uint32Array((before.length + 1) * columns);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = after.length - 1; j >= 0; j -= 1) {
      lengths[i * columns + j] = before[i] === after[j] ? lengths[(i + 1) * columns + j + 1]! + 1 : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }
  const steps: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && before[i] === after[j]) {
      steps.push({ op: 'same', value: before[i]! });
      i += 1;
      j += 1;
    } else if (i < before.length && (j === after.length || lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!)) {
      steps.push({ op: 'removed', value: before[i]! });
      i += 1;
    } else {
      steps.push({ op: 'added', value: after[j]! });
      j += 1;
    }
  }
  return steps;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const paragraphs = (text: string) => text.split(/\n\s*\n/).map((paragraph) => words(paragraph).join(' ')).filter(Boolean);

/** Word-level runs between two texts. */
export function diffWords(before: string, after: string): WordRun[] {
  const runs: WordRun[] = [];
  for (const step of lcsSteps(words(before), words(after))) {
    const last = runs.at(-1);
    if (last?.op === step.op) last.text += ` ${step.value}`;
    else runs.push({ op: step.op, text: step.value });
  }
  return runs;
}

/**
 * A readable diff of two prose texts: paragraphs are matched first, then the words of each
 * changed paragraph against the one it replaced, so a long chapter costs little and unchanged
 * paragraphs are left out. Returns the runs of each changed paragraph.
 */
export function diffProse(before: string, after: string): WordRun[][] {
  const changed: WordRun[][] = [];
  let removed: string[] = [];
  const flush = () => {
    for (const paragraph of removed) changed.push([{ op: 'removed', text: paragraph }]);
    removed = [];
  };
  for (const step of lcsSteps(paragraphs(before), paragraphs(after))) {
    if (step.op === 'same') flush();
    else if (step.op === 'removed') removed.push(step.value);
    else {
      const replaced = removed.shift();
      changed.push(replaced === undefined ? [{ op: 'added', text: step.value }] : diffWords(replaced, step.value));
    }
  }
  flush();
  return changed;
}
