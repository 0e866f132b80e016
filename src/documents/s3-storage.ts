// Documents in S3-compatible object storage (S3_BUCKET), which every instance of the app sees.
// Uploads are whole buffers, and the checksum settings are "WHEN_REQUIRED": by default the SDK
// sends a streamed upload with aws-chunked framing and a trailing checksum, which some
// S3-compatible servers (s3rver among them) store as part of the object (tried 2026-12).
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { assertDocumentKey } from "./keys";
import type { DocumentStorage } from "./storage";

export type S3Settings = {
  bucket: string;
  /** Unset for AWS itself. */
  endpoint?: string;
  region: string;
  /** Buckets addressed by path (http://host/bucket/key), as MinIO and s3rver want. */
  forcePathStyle: boolean;
  /** Unset: the SDK finds credentials itself (an instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export function s3DocumentStorage(settings: S3Settings): DocumentStorage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const object = (key: string) => {
    assertDocumentKey(key);
    return { Bucket: settings.bucket, Key: key };
  };
  return {
    async put(key, bytes) {
      await client.send(new PutObjectCommand({ ...object(key), Body: bytes, ContentType: "application/pdf" }));
    },
    async get(key) {
      try {
        const { Body, ContentLength } = await client.send(new GetObjectCommand(object(key)));
        if (!Body || ContentLength === undefined) throw new Error(`the object ${key} came without a body or length`);
        return { body: Body.transformToWebStream(), size: ContentLength };
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async has(key) {
      try {
        await client.send(new HeadObjectCommand(object(key)));
        return true;
      } catch (error) {
        // HEAD answers carry no body, so a missing object is known by its status alone.
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return false;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand(object(key)));
    },
  };
}
