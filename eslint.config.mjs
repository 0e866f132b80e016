import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The direction of dependencies in src/ (README, "How it is built"), checked on every import:
// each folder lists the folders it must not import from. Pages read through src/catalogue.ts;
// components get their data as props; the read side (search, queries) and the write side
// (store) sit on the database client; auth/ holds sessions, roles and the audit log;
// feedback/ keeps readers' messages for the admins, on the client and the permission map;
// editorial/ is the working area's workflow on the store, queries and content's schemas;
// content/ reads files and knows nothing of the database; links/ checks external addresses and
// records its findings, on the database client, and replaces a broken one where it is used,
// asking the permission map and writing the audit entry (auth's permissions and audit only);
// domain/ is pure and imports nothing of ours.
const src = (path) => `./src/${path}`;
const everythingAbove = {
  domain: ["env.ts", "i18n", "db", "generated", "content", "store", "queries", "search", "auth", "feedback", "links", "catalogue.ts", "app", "components"],
  db: ["content", "store", "queries", "search", "auth", "feedback", "links", "catalogue.ts", "app", "components", "i18n"],
  content: ["db", "generated", "store", "queries", "search", "auth", "feedback", "catalogue.ts", "app", "components", "i18n"],
  queries: ["store", "search", "auth", "feedback", "catalogue.ts", "app", "components"],
  search: ["content", "store", "auth", "feedback", "catalogue.ts", "app", "components"],
  auth: ["content", "store", "queries", "search", "feedback", "catalogue.ts", "app", "components"],
  feedback: ["content", "store", "queries", "search", "catalogue.ts", "app", "components"],
  store: ["queries", "feedback", "editorial", "catalogue.ts", "app", "components"],
  // The editorial workflow: revisions on the store, checked with content's schemas.
  editorial: ["search", "feedback", "catalogue.ts", "app", "components"],
  links: ["content", "store", "queries", "search", "feedback", "editorial", "catalogue.ts", "app", "components", "i18n"],
  i18n: ["db", "generated", "content", "store", "queries", "search", "auth", "feedback", "catalogue.ts", "app", "components"],
  components: ["db", "generated", "content", "store", "queries", "feedback", "catalogue.ts", "app"],
  // Uploaded documents: storage and the PDF check, on the settings alone; features above use them.
  documents: ["db", "generated", "content", "store", "queries", "search", "auth", "feedback", "editorial", "catalogue.ts", "app", "components", "i18n", "http"],
  // What happens before a request reaches a page: answers, limits, headers (src/proxy.ts wires it).
  http: ["generated", "content", "store", "search", "auth", "feedback", "catalogue.ts", "app", "components"],
  app: ["db", "generated", "content", "store", "queries"],
  // Notifications: written in the steps' transactions, listed and mailed; on the client, auth's
  // types and the messages. The editorial workflow calls them, not the other way round.
  notifications: ["content", "store", "queries", "search", "feedback", "editorial", "links", "documents", "catalogue.ts", "app", "components", "http", "jobs"],
  // The job runner: due work from the database, done by handlers the features give it.
  jobs: ["content", "store", "queries", "search", "auth", "feedback", "editorial", "links", "documents", "catalogue.ts", "app", "components", "i18n", "http"],
};
const layerZones = Object.entries(everythingAbove).map(([layer, forbidden]) => ({
  target: src(layer),
  from: forbidden.map(src),
  message: `src/${layer} must not import from here: see the dependency rule in eslint.config.mjs and README's "How it is built".`,
}));
const partialZones = [
  // Components may use the search's parameters, result types and snippets, not its queries.
  { target: src("components"), from: src("search"), except: ["./params.ts", "./types.ts", "./snippet.ts"], message: "Components get search results as props; they may import search/params, types and snippet only." },
  // Components may ask the permission map what to show; sessions and accounts are the pages' business.
  { target: src("components"), from: src("auth"), except: ["./permissions.ts"], message: "Components may import auth/permissions only; pages read the session." },
  // The store records its changes in the audit log, in the same transaction.
  { target: src("store"), from: src("auth"), except: ["./audit.ts"], message: "The store may write audit entries (auth/audit.ts) and nothing else of auth." },
  // A model's live rows are read back as the document they were written from (the export).
  { target: src("queries"), from: src("content"), except: ["./document.ts"], message: "Queries may import the model document's shape (content/document.ts) and nothing else of content." },
  // Fixing a link asks the permission map and writes an audit entry; NotAllowedError lives with the people's rules.
  { target: src("links"), from: src("auth"), except: ["./permissions.ts", "./audit.ts", "./people-admin.ts"], message: "links/ may import auth's permissions, audit and NotAllowedError (people-admin.ts) only." },
  // The store writes the search's index document, and reads nothing of the search.
  { target: src("store"), from: src("search"), except: ["./index-document.ts", "./params.ts"], message: "The store writes the search index document (search/index-document.ts) and nothing else of search." },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "src/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from @/i18n/navigation." }] }],
      "import/no-restricted-paths": ["error", { zones: [...layerZones, ...partialZones] }],
    },
  },
]);
