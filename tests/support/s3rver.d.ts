// s3rver (an S3 server for tests) ships no types: these are the parts the tests use.
declare module "s3rver" {
  import type { AddressInfo } from "node:net";

  export type S3rverOptions = {
    port?: number;
    address?: string;
    silent?: boolean;
    /** Where the buckets' files are kept. */
    directory?: string;
    configureBuckets?: { name: string }[];
  };

  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
