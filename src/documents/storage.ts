// Where uploaded evaluation documents are kept: a folder on this machine by default, or
// S3-compatible object storage (S3_BUCKET), which several instances of the app can share.
// Callers see one interface and never learn which.
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { env } from "@/env";
import { localDocumentStorage } from "./local-storage";
import { s3DocumentStorage } from "./s3-storage";

export type StoredDocument = { body: ReadableStream<Uint8Array> | Readable; size: number };

/** Keys come from documentKey() (keys.ts); every method refuses any other key. */
export interface DocumentStorage {
  /** Stores the bytes under the key, replacing what was there; a reader never sees half a file. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The stored bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<StoredDocument | null>;
  has(key: string): Promise<boolean>;
  /** Removes what is stored under the key; nothing stored is fine. */
  remove(key: string): Promise<void>;
}

let configured: DocumentStorage | undefined;

/** The storage the environment configures, made once per process. */
export function documentStorage(): DocumentStorage {
  configured ??= env.S3_BUCKET
    ? s3DocumentStorage({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        region: env.S3_REGION,
        forcePathStyle: env.S3_FORCE_PATH_STYLE,
        credentials:
          env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
            ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
            : undefined,
      })
    : localDocumentStorage(resolve(env.PALASET_DOCUMENTS_DIR));
  return configured;
}
