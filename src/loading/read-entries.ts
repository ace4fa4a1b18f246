import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { COLLECTIONS, type CollectionKey } from '../model/collections.ts';
import { type ProseParse, rememberProse } from '../prose/parse-prose.ts';
import { entryOf, type EntryPartsRead, type EntryRead, readEntryParts } from './entry-file.ts';

/** One entry file to read: a name in a collection's folder for which isEntryName holds. */
export interface EntryJob {
  collection: CollectionKey;
  name: string;
}

export interface ReadOptions {
  /** Use a worker thread too; by default when there are PARALLEL_FROM files or more. */
  parallel?: boolean | undefined;
  /** Have the worker parse the Markdown/MDX bodies it reads, for a caller that checks them (the parses are remembered). */
  prose?: boolean;
  /** The worker's module: read-entries-worker.ts, or a test's worker that fails. */
  worker?: URL;
  /** Start reading only once the worker has joined, so it surely takes a share (for tests). */
  awaitWorker?: boolean;
}

/** What the worker thread is given (read-entries-worker.ts). */
export interface WorkerInput {
  root: string;
  displayRoot: string;
  /** The jobs, chunk by chunk: the worker takes chunks from the end. */
  chunks: EntryJob[][];
  prose: boolean;
  /** Int32 slots shared with the worker: see TAKEN, JOINED and DONE. */
  shared: SharedArrayBuffer;
  port: MessagePort;
}

/** A chunk the worker read: its reads, and the parse of each body when it was asked for prose. */
export interface WorkerChunk {
  index: number;
  reads: EntryPartsRead[];
  prose: (ProseParse | undefined)[];
}

/** Chunks taken so far, by either thread: each thread takes the next from its own end. */
export const TAKEN = 0;
/** Set to 1 (and notified) by the worker before it takes its first chunk. */
export const JOINED = 1;
/** Set to 1 (and notified) by the worker when it takes no more chunks. */
export const DONE = 2;
/** Jobs in a chunk: a few milliseconds of work, so neither thread waits long for the other. */
const CHUNK = 64;

/**
 * Below this many files a second thread costs more to start (some 50 ms: a thread, and the
 * parser's modules loaded again) than it saves, so the handbook's own content is read on one.
 */
export const PARALLEL_FROM = 1500;

/** If the worker took a chunk and then fell silent this long, its chunks are read again here. */
const WORKER_WAIT_MS = 120_000;

const WORKER = new URL('./read-entries-worker.ts', import.meta.url);

/**
 * Reads and parses entry files, returned in the order given. Parsing YAML (and Markdown, for the
 * checker) is most of the time a large handbook takes to check, and it is pure CPU, so with many
 * files a worker thread shares the work: the jobs are cut into chunks, this thread takes them
 * from the front and the worker from the back, each counting on one shared number, so a worker
 * that starts late simply reads less. Prose entries are put last, so the worker, which parses
 * their bodies where asked, gets them first. This stays synchronous, like the rest of the check:
 * the worker's chunks are taken off its port with receiveMessageOnPort once it says it is done.
 * A worker that cannot start, or fails, leaves its share to this thread; the result is the same.
 */
export function readEntries(root: string, jobs: readonly EntryJob[], displayRoot = 'content', { parallel = jobs.length >= PARALLEL_FROM, prose = false, worker: workerModule = WORKER, awaitWorker = false }: ReadOptions = {}): EntryRead[] {
  const readOne = (job: EntryJob) => readEntryParts(root, job.collection, job.name, displayRoot);
  if (!parallel) return jobs.map((job) => entryOf(readOne(job)));

  const isProse = (job: EntryJob) => COLLECTIONS[job.collection].format !== 'yaml';
  const order = [...jobs.keys()].sort((a, b) => Number(isProse(jobs[a]!)) - Number(isProse(jobs[b]!)));
  const chunks: EntryJob[][] = [];
  const chunkOf: number[][] = [];
  for (let start = 0; start < order.length; start += CHUNK) {
    chunkOf.push(order.slice(start, start + CHUNK));
    chunks.push(chunkOf.at(-1)!.map((index) => jobs[index]!));
  }

  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { root, displayRoot, chunks, prose, shared, port: port2 };
  // No inherited flags: a profiler or a preloaded script is meant for the process's main thread.
  const worker = new Worker(workerModule, { workerData: input, transferList: [port2], execArgv: [] });
  worker.unref();
  // A worker that fails to start only means this thread reads everything.
  worker.on('error', () => undefined);

  if (awaitWorker) Atomics.wait(state, JOINED, 0, WORKER_WAIT_MS);
  const reads: (EntryPartsRead | undefined)[] = new Array(jobs.length);
  // The n-th chunk this thread takes is chunks[n]; the worker's n-th is chunks[length - 1 - n].
  for (let mine = 0; Atomics.add(state, TAKEN, 1) < chunks.length; mine++) {
    chunks[mine]!.forEach((job, offset) => (reads[chunkOf[mine]![offset]!] = readOne(job)));
  }
  // A worker that has not joined yet will find every chunk taken; one that has is finishing its last.
  if (Atomics.load(state, JOINED) === 1) Atomics.wait(state, DONE, 0, WORKER_WAIT_MS);
  for (let message = receiveMessageOnPort(port1); message; message = receiveMessageOnPort(port1)) {
    const chunk = message.message as WorkerChunk;
    chunk.reads.forEach((read, offset) => {
      reads[chunkOf[chunk.index]![offset]!] = read;
      const parse = chunk.prose[offset];
      if (parse && read.ok && read.parts.body !== undefined) rememberProse(read.parts.body, COLLECTIONS[read.parts.collection].format, parse);
    });
  }
  port1.close();
  void worker.terminate();
  return jobs.map((job, index) => entryOf(reads[index] ?? readOne(job)));
}
