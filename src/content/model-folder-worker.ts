// A worker thread of parallel-models.ts: reads the batches of model folders it is sent, in
// the order sent, and answers each with its models and problems.
import { parentPort, workerData } from "node:worker_threads";
import { modelFolderReader } from "./model-folders";
import type { BatchRequest, BatchResult, WorkerSetup } from "./parallel-models";

const setup: WorkerSetup = workerData.setup;
const read = modelFolderReader(setup.root, setup.known);

parentPort?.on("message", ({ id, slugs }: BatchRequest) => {
  const { models, errors } = read(slugs);
  const problems = errors.map(({ file, line, field, problem }) => ({ file, line, field, problem }));
  const result: BatchResult = { id, models, problems };
  parentPort?.postMessage(result);
});
