// Reads a large catalogue's model folders on worker threads: parsing Markdown is CPU work
// that would take this thread most of a minute for 10,000 models. The folders go out in
// batches, in turn to each worker, and come back in slug order, so that the seed writes the
// first batches while the workers read the next.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { ContentError } from "./errors";
import { modelFolderReader, type LoadedModel, type ModelFolders } from "./model-folders";
import type { KnownKeys } from "./known-keys";

/**
 * How model folders are read. `workerThreshold`: below this many models, starting the workers
 * (about a second) costs more than it saves. `batchSize`: folders per batch; each batch is
 * written in a few statements, so not too few. Tests make both small to read a few dozen
 * models the way 10,000 are read.
 */
export type ReadingPlan = { workerThreshold: number; batchSize: number };
export const defaultReadingPlan: ReadingPlan = { workerThreshold: 400, batchSize: 200 };

export type WorkerSetup = { root: string; known: KnownKeys };
export type BatchRequest = { id: number; slugs: string[] };
/** Errors lose their own fields between threads, so problems travel as plain data. */
export type BatchResult = {
  id: number;
  models: LoadedModel[];
  problems: Pick<ContentError, "file" | "line" | "field" | "problem">[];
};

type Pending = { resolve: (folders: ModelFolders) => void; reject: (error: unknown) => void };

function startWorker(setup: WorkerSetup) {
  const worker = new Worker(new URL("./tsx-worker.mjs", import.meta.url), {
    workerData: { module: new URL("./model-folder-worker.ts", import.meta.url).href, setup },
  });
  const pending = new Map<number, Pending>();
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  worker.on("message", ({ id, models, problems }: BatchResult) => {
    pending.get(id)?.resolve({ models, errors: problems.map((p) => new ContentError(p.file, p.line, p.field, p.problem)) });
    pending.delete(id);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a model reading thread stopped with exit code ${code}`)));
  return {
    read(request: BatchRequest): Promise<ModelFolders> {
      if (failure) return Promise.reject(failure);
      const done = new Promise<ModelFolders>((resolve, reject) => pending.set(request.id, { resolve, reject }));
      worker.postMessage(request);
      return done;
    },
    stop: () => worker.terminate(),
  };
}

/** Batches each worker has been sent and not yet handed on: enough to keep it busy. */
const ahead = 2;

type ModelWorker = ReturnType<typeof startWorker>;

/** Yields the folders of `slugs`, a batch at a time, in slug order. */
export async function* readModelFoldersInWorkers(
  root: string,
  slugs: string[],
  known: KnownKeys,
  threads: number,
  batchSize = defaultReadingPlan.batchSize,
): AsyncGenerator<ModelFolders> {
  const workers = Array.from({ length: threads }, () => startWorker({ root, known }));
  // Batch n goes to worker n % threads, which reads its batches in order. A worker gets its
  // next batch when one of its batches is handed on, so that a seed that writes more slowly
  // than the workers read holds a few batches in memory, not the whole catalogue.
  const sent: { worker: ModelWorker; folders: Promise<ModelFolders> }[] = [];
  let next = 0;
  const send = (worker: ModelWorker) => {
    if (next * batchSize >= slugs.length) return;
    const id = next++;
    const folders = worker.read({ id, slugs: slugs.slice(id * batchSize, (id + 1) * batchSize) });
    // Awaited below, in order; after a failure, the later ones are not awaited at all.
    folders.catch(() => {});
    sent.push({ worker, folders });
  };
  try {
    for (let i = 0; i < ahead; i++) workers.forEach(send);
    for (let oldest = sent.shift(); oldest; oldest = sent.shift()) {
      const batch = await oldest.folders;
      send(oldest.worker);
      yield batch;
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

async function* readInThisThread(root: string, slugs: string[], known: KnownKeys): AsyncGenerator<ModelFolders> {
  yield modelFolderReader(root, known)(slugs);
}

/**
 * Yields every model folder, in slug order: read in this thread for a small catalogue, else
 * on worker threads. Nothing is read until the first batch is asked for.
 */
export function loadModelFolders(root: string, slugs: string[], known: KnownKeys, plan = defaultReadingPlan): AsyncGenerator<ModelFolders> {
  // One core is left to this thread, which writes the batches; with the embedded database it
  // also runs PostgreSQL. On two cores one worker seeds as fast as two, and faster embedded.
  const threads = availableParallelism() - 1;
  if (slugs.length < plan.workerThreshold || threads < 1) return readInThisThread(root, slugs, known);
  return readModelFoldersInWorkers(root, slugs, known, threads, plan.batchSize);
}
