// Starts a worker thread on the TypeScript module named by workerData.module. Worker threads
// do not inherit tsx's loader (tsx issue #354), so each one registers it before the import.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
