/** The second thread of readEntries (read-entries.ts): takes chunks from the end until none is left. */
import { workerData } from 'node:worker_threads';
import { COLLECTIONS } from '../model/collections.ts';
import { parseProseOutcome } from '../prose/parse-prose.ts';
import { readEntryParts } from './entry-file.ts';
import { DONE, JOINED, TAKEN, type WorkerChunk, type WorkerInput } from './read-entries.ts';

const { root, displayRoot, chunks, prose, shared, port } = workerData as WorkerInput;
const state = new Int32Array(shared);
Atomics.store(state, JOINED, 1);
Atomics.notify(state, JOINED);
try {
  for (let mine = 0; Atomics.add(state, TAKEN, 1) < chunks.length; mine++) {
    const index = chunks.length - 1 - mine;
    const reads = chunks[index]!.map((job) => readEntryParts(root, job.collection, job.name, displayRoot));
    const parses = reads.map((read) => (prose && read.ok && read.parts.body !== undefined ? parseProseOutcome(read.parts.body, COLLECTIONS[read.parts.collection].format) : undefined));
    port.postMessage({ index, reads, prose: parses } satisfies WorkerChunk);
  }
} finally {
  // Also after a failure: the main thread then reads whatever did not arrive.
  Atomics.store(state, DONE, 1);
  Atomics.notify(state, DONE);
}
