// Every environment variable the app and its scripts read, parsed once with zod.
// Nothing else reads process.env.
import { z } from "zod";
import { parseTrustedProxies } from "./domain/client-address";
import { allowedHostKey } from "./links/allowed-hosts";

const ssoVariables = ["PALASET_SSO_ISSUER", "PALASET_SSO_CLIENT_ID", "PALASET_SSO_CLIENT_SECRET", "PALASET_SSO_ORGANISATION"] as const;

const schema = z.object({
  /** A PostgreSQL server; without it the embedded PGlite database is used. */
  DATABASE_URL: z.url().optional(),
  /**
   * A streaming replica of the DATABASE_URL server: public readers' catalogue reads go to it
   * (src/catalogue.ts says which reads stay on the primary). Unset: everything reads the primary.
   */
  DATABASE_READ_URL: z.url().optional(),
  /** Connections in the pool; the embedded database takes exactly one. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** How long the app waits for a database connection before the request fails (503), in ms. */
  PALASET_DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(3000),
  /** How long one of the app's statements may run on a PostgreSQL server before it is cancelled, in ms. */
  PALASET_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  /** Memory for results kept until the catalogue changes (pages, searches, suggestions), in MiB. */
  PALASET_CACHE_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /** A PostgreSQL server the test suite also runs against (a database is created and dropped). */
  TEST_DATABASE_URL: z.url().optional(),
  /** A PostgreSQL server `npm run bench` also measures (a database is created and dropped). */
  BENCH_DATABASE_URL: z.url().optional(),
  /**
   * Serves /bench/minimal, the smallest page this server can render with a nonce, so that
   * `npm run bench` can set the app's pages beside it. Only the bench turns it on.
   */
  PALASET_BENCH_PAGE: z.stringbool().default(false),
  /**
   * Whether `npm start` seeds the database from the content folder. On by default; a server
   * deployment with several instances may turn it off and run `npm run db:seed` as a step.
   */
  PALASET_SEED_ON_START: z.stringbool().default(true),
  /** The content folder that `npm start` and `npm run db:seed` load into the database. */
  PALASET_CONTENT_DIR: z.string().min(1).default("content"),
  /** Where the embedded database keeps its files. */
  PALASET_DATA_DIR: z.string().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Interface the server listens on. "localhost" rather than "127.0.0.1": Next 16 treats its
   * own middleware rewrites as external when bound to a literal loopback address, and
   * answers every localized path with a redirect to itself.
   */
  HOST: z.string().min(1).default("localhost"),
  /**
   * Proxies in front of the server whose X-Forwarded-For is believed: IP addresses and CIDR
   * ranges, comma-separated. None by default, so a client cannot claim another address.
   */
  PALASET_TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((text, context) => {
      const result = parseTrustedProxies(text);
      if (result.ok) return result.proxies;
      for (const entry of result.malformed) {
        context.addIssue({ code: "custom", message: `"${entry}" is not an IP address or CIDR range (such as 10.0.0.1 or 10.0.0.0/8)` });
      }
      return z.NEVER;
    }),
  /**
   * Hosts `npm run links:check` requests even on a loopback or private address, as host:port,
   * comma-separated (a local test server). None by default: links into private networks are refused.
   */
  PALASET_LINK_CHECK_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((text, context) => {
      const entries = text.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
      for (const entry of entries.filter((entry) => allowedHostKey(entry) === null)) {
        context.addIssue({ code: "custom", message: `"${entry}" is not a host:port (such as 127.0.0.1:8080)` });
      }
      return entries;
    }),
  /** Page requests (GET and HEAD, not the API) the server renders at once; the others wait in line. Unset: four per core (scripts/lib/request-slots.ts). */
  PALASET_MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).optional(),
  /** Searches (pages and API) one client address may make per minute; more get 429. */
  PALASET_RATE_LIMIT_SEARCH_PER_MINUTE: z.coerce.number().int().min(1).default(240),
  /** CSV exports one client address may download per minute. */
  PALASET_RATE_LIMIT_CSV_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** PDFs one person may upload per hour; each is read on a worker thread, so more are refused. */
  PALASET_RATE_LIMIT_UPLOADS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  /** A Redis server (redis://127.0.0.1:6379) for rate limits shared by several instances; unset, each keeps its own. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  /** Where readers send feedback (the accessibility statement names it); unset until the operator has one. */
  PALASET_FEEDBACK_EMAIL: z.email().optional(),
  /**
   * The key that signs session cookies (at least 32 characters). Unset, the installation makes
   * one on its first start and keeps it in the database (InstallSetting), shared by its instances.
   */
  PALASET_AUTH_SECRET: z.string().min(32).optional(),
  /** The address readers use (https://palaset.fi). Unset: http://HOST:PORT. Cookies are Secure when it is https. */
  PALASET_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A session ends after this many hours without a request. */
  PALASET_SESSION_IDLE_HOURS: z.coerce.number().min(0.05).max(24 * 30).default(8),
  /**
   * Admins, coordinators, publishers and org-admins must sign in with a second factor (TOTP).
   * A development install may turn it off; editors may always use one.
   */
  PALASET_REQUIRE_SECOND_FACTOR: z.stringbool().default(true),
  /**
   * Single sign-on through an organisation's own OpenID Connect provider (Entra ID and the
   * like): its issuer, this app's client id and secret there, and the organisation (a key of
   * content/organisations.yaml) and role its people get. All four first ones, or none.
   */
  PALASET_SSO_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  PALASET_SSO_CLIENT_ID: z.string().min(1).optional(),
  PALASET_SSO_CLIENT_SECRET: z.string().min(1).optional(),
  PALASET_SSO_ORGANISATION: z.string().regex(/^[a-z0-9-]+$/).optional(),
  PALASET_SSO_ROLE: z.enum(["editor", "publisher", "org-admin"]).default("editor"),
  /**
   * The privacy notice (/fi/tietosuoja): the controller of the personal data the service
   * processes, its contact e-mail and postal address, and the data protection officer's
   * e-mail. Unset, the notice says they have not been published yet.
   */
  PALASET_CONTROLLER_NAME: z.string().trim().min(2).optional(),
  PALASET_CONTROLLER_EMAIL: z.email().optional(),
  PALASET_CONTROLLER_ADDRESS: z.string().trim().min(2).optional(),
  PALASET_DPO_EMAIL: z.email().optional(),
  /** How many days the operator keeps web server and proxy logs, as the privacy notice states it. */
  PALASET_SERVER_LOG_DAYS: z.coerce.number().int().min(1).max(3650).optional(),
  /** The audit log keeps client addresses this many months; a scheduled purge clears older ones. */
  PALASET_AUDIT_ADDRESS_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  /** Where uploaded evaluation documents (PDFs) are kept when S3_BUCKET is not set. */
  PALASET_DOCUMENTS_DIR: z.string().min(1).default(".data/documents"),
  /**
   * S3-compatible object storage for uploaded documents, which several instances share (AWS,
   * MinIO, UpCloud and the like). Set S3_BUCKET to use it; S3_ENDPOINT for a service other than
   * AWS, S3_FORCE_PATH_STYLE for one that addresses buckets by path (MinIO). Without the two
   * keys the client finds credentials as AWS SDKs do (an instance role).
   */
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  /** An SMTP server for invitations and password resets (smtp://user:pass@host:587). Unset: no mail is sent. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of those mails. */
  PALASET_MAIL_FROM: z.string().min(3).default("Palaset <palaset@localhost>"),
  /** How often each instance looks for due scheduled jobs (src/jobs/runner.ts). */
  PALASET_JOB_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  CI: z.stringbool().default(false),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
}).superRefine((env, ctx) => {
  const given = ssoVariables.filter((name) => env[name] !== undefined);
  if (given.length > 0 && given.length < ssoVariables.length) {
    ctx.addIssue({ code: "custom", path: ["PALASET_SSO_ISSUER"], message: `single sign-on needs all of ${ssoVariables.join(", ")}` });
  }
  if ((env.S3_ACCESS_KEY_ID === undefined) !== (env.S3_SECRET_ACCESS_KEY === undefined)) {
    ctx.addIssue({ code: "custom", path: ["S3_ACCESS_KEY_ID"], message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together" });
  }
});

export type Env = z.infer<typeof schema>;

/** The configuration does not parse; scripts print its message without a stack trace. */
export class InvalidEnvironmentError extends Error {
  constructor(problems: string) {
    super(`Invalid environment:\n${problems}`);
    this.name = "InvalidEnvironmentError";
  }
}

function parseEnv(): Env {
  // An empty variable (DATABASE_URL= npm start) means "not set".
  const given = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(given);
  if (!result.success) throw new InvalidEnvironmentError(z.prettifyError(result.error));
  return result.data;
}

export const env = parseEnv();
