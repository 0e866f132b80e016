// npm run bench [-- --count 10000 --seconds 10] [--only memory]: seeds a generated catalogue
// into a fresh embedded database (and a fresh database on BENCH_DATABASE_URL when set), starts
// the built app on it and prints: seed time; search API latency at 1 and 10 clients for 1,000 searches
// not seen before (cold), drawn like the generated texts' words, with a histogram of how many
// models they match, and for a broad query; the same for a fixed query mix with results cached
// after their first request (warm); the in-process time of the same searches without
// the cache; the catalogue page, five model pages and the type-ahead (a few words typed a
// letter at a time), warm at 10 clients; a static file's and a minimal page's throughput as the
// references (the minimal page is rendered with a nonce, as every page is: PALASET_BENCH_PAGE);
// the gzipped JavaScript of the heaviest public page; Lighthouse's mobile performance score and
// total blocking time for the front page, the catalogue and a model page; 50 clients for 60 s over a mix of public
// pages, searches and API calls; on the server, the throughput of one instance and of two on the
// same database; the server's peak memory; and its memory before and after a fuzz of 5,000
// distinct searches with random filter values and 2,000 random model addresses, against the
// bound the caches are given (PALASET_CACHE_MB).
// --only memory prints the memory figures alone, after the cold searches and one pass over the
// pages have filled the cache, without the latency runs. --json adds, as the last line, one
// JSON object with every figure (keys as issue 14 names them), so that runs can be compared.
// --growth adds the seed and the cold searches at 1,000 and 100,000 models (the latter takes
// a quarter of an hour or more).
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createDb } from "@/db/client";
import { freePort } from "@/db/embedded";
import { env } from "@/env";
import { parseSearchLenient } from "@/search/params";
import { searchModels } from "@/search/search";
import { corpusVersion, pinnedVocabulary } from "./generate/catalogue";
import { mulberry32 } from "./generate/random";
import { benchmarkQueries } from "./generate/vocabulary";
import { ensureBuilt, run } from "./lib/build";
import { lighthouseMedians, type LighthouseFigures } from "./lib/lighthouse";
import { gzippedScriptBytes, load, peakMemory, percentile, rssOfTree, type Latencies } from "./lib/measure";
import { migrateAndSeed } from "./lib/prepare-database";
import { spawnServer } from "./lib/server-process";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seconds: { type: "string", default: "10" },
    only: { type: "string" },
    json: { type: "boolean", default: false },
    growth: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
const seconds = Number(values.seconds);
if (values.only !== undefined && values.only !== "memory") {
  console.error(`--only takes "memory" (the seed, the cold searches that fill the cache and the memory fuzz), not "${values.only}"`);
  process.exit(2);
}
/** Only the memory figures: the latency runs, which take most of the time, are left out. */
const memoryOnly = values.only === "memory";

/** The query mix: one word, an inflected word, a phrase, a typo, three facets, an empty query sorted by name. */
const mix = [
  "q=osallisuus",
  "q=osallisuutta",
  "q=%22sosiaalinen+kuntoutus%22",
  "q=kuntotus",
  "theme=participation&group=young-people&county=satakunta",
  "sort=name",
];

/**
 * The cold searches: 1,000 distinct queries drawn (with a fixed seed) from the distribution the
 * generated models' long tails come from (scripts/generate/vocabulary.ts); and one deliberately
 * broad query, measured on its own.
 */
const queries = benchmarkQueries(pinnedVocabulary().fi, 1000, mulberry32(7));
const broadQuery = "osallisuus";

/** Words typed into the search box, for the type-ahead: a model's name, a place, a theme. */
const typeAhead = ["kaikukortti", "kulttuuri", "osallisuus", "nuoret", "satakunta"];
/** The type-ahead's requests as those words are typed, a letter at a time from the third. */
const typed = typeAhead.flatMap((word) => Array.from({ length: word.length - 2 }, (_, i) => `/api/suggest?locale=fi&q=${word.slice(0, i + 3)}`));

type Target = { name: string; url: string; poolSize: number; close: () => Promise<void> };

/** The embedded database in a process of its own, as `npm start` runs it beside the server. */
async function embeddedTarget(): Promise<Target> {
  const folder = mkdtempSync(join(tmpdir(), "palaset-bench-db-"));
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/lib/serve-embedded.ts", folder], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim().split("\n")[0] ?? ""));
    child.once("exit", (code) => reject(new Error(`embedded database exited with ${code}`)));
  });
  const close = async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    rmSync(folder, { recursive: true, force: true });
  };
  return { name: "embedded PGlite", url, poolSize: 1, close };
}

async function serverTarget(adminUrl: string): Promise<Target> {
  const name = `palaset_bench_${randomUUID().replaceAll("-", "")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name: "PostgreSQL server", url: url.toString(), poolSize: 10, close: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** The same searches in-process and uncached: Prisma and SQL, without HTTP and rendering. */
async function inProcessTimes(target: Target): Promise<{ p50: number; p95: number }> {
  const db = createDb(target.url, target.poolSize);
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const query of mix) {
      const started = performance.now();
      await searchModels(db, "fi", parseSearchLenient(new URLSearchParams(query)));
      times.push(performance.now() - started);
    }
  }
  await db.$disconnect();
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** A search of the API in Finnish. */
const searchPath = (q: string) => `/api/models?locale=fi&q=${encodeURIComponent(q)}`;

/** How many models a search finds. */
async function searchTotal(base: string, q: string): Promise<number> {
  return ((await (await fetch(`${base}${searchPath(q)}`)).json()) as { total: number }).total;
}

/**
 * Each of `paths` requested once, `connections` at a time: every request a search the server
 * has not seen. Latencies in ms, and how many models each search found.
 */
async function coldSearches(base: string, paths: string[], connections: number): Promise<Latencies & { totals: (number | undefined)[] }> {
  const latencies: number[] = [];
  // By the index of the path; undefined for a request that failed.
  const totals: (number | undefined)[] = Array.from({ length: paths.length }, () => undefined);
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const client = async () => {
    for (let index = next++; index < paths.length; index = next++) {
      const sent = performance.now();
      const response = await fetch(`${base}${paths[index]}`);
      const body = response.ok ? ((await response.json()) as { total?: number }) : null;
      latencies.push(performance.now() - sent);
      if (body) totals[index] = body.total ?? 0;
      else if (errors++ === 0) console.error(`bench: ${paths[index]} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  latencies.sort((a, b) => a - b);
  const rps = paths.length / ((performance.now() - started) / 1000);
  return { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), rps, errors, totals };
}

/** Shares of the catalogue in bins: how many queries matched none, under 0.1%, 0.1–1%, and so on. */
function histogram(shares: number[]): [string, number][] {
  const bins: [string, (share: number) => boolean][] = [
    ["none", (s) => s === 0],
    ["under 0.1%", (s) => s > 0 && s < 0.001],
    ["0.1–1%", (s) => s >= 0.001 && s < 0.01],
    ["1–5%", (s) => s >= 0.01 && s < 0.05],
    ["5–20%", (s) => s >= 0.05 && s < 0.2],
    ["20% or more", (s) => s >= 0.2],
  ];
  return bins.map(([label, inBin]) => [label, shares.filter(inBin).length]);
}

/** The app's server, started as `npm start` starts it (scripts/serve.ts), on a port of its own. */
async function startServer(target: Target) {
  const port = await freePort();
  const child = spawnServer({
    dev: false,
    output: "ignore",
    env: {
      PORT: String(port),
      HOST: "localhost",
      DATABASE_URL: target.url,
      DATABASE_POOL_SIZE: String(target.poolSize),
      // Every request comes from this one address; the budgets are for readers, not for us.
      PALASET_RATE_LIMIT_SEARCH_PER_MINUTE: "100000000",
      PALASET_RATE_LIMIT_CSV_PER_MINUTE: "100000000",
      // The smallest page the server renders with a nonce, the reference for the app's pages.
      PALASET_BENCH_PAGE: "true",
    },
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${base}/icon.svg`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.pid === undefined || child.exitCode !== null) throw new Error("the server did not start");
  const stop = async () => {
    child.kill("SIGTERM");
    await exited;
  };
  return { base, pid: child.pid, stop };
}

/** A random lowercase word of 3 to 10 letters: a query or a filter value nobody asked before. */
function randomWord(): string {
  const length = 3 + Math.floor(Math.random() * 8);
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/**
 * What an attacker's random traffic does to memory: 5,000 searches, each with a random query
 * and 20 random theme values (the most a filter takes), and 2,000 addresses of models that do
 * not exist. The server's memory before and after, beside the configured cache bound.
 */
async function memoryFuzz(base: string, pid: number) {
  const before = rssOfTree(pid);
  let searches = 0;
  let slugs = 0;
  const searchPath = () => {
    searches++;
    const themes = Array.from({ length: 20 }, () => `theme=${randomWord()}`).join("&");
    return `/api/models?q=${randomWord()}&${themes}`;
  };
  const slugPath = () => (slugs++, `/fi/mallit/${randomWord()}-${randomWord()}`);
  const stop = peakMemory(pid);
  await loadCount(base, searchPath, 5_000);
  await loadCount(base, slugPath, 2_000);
  const peak = stop();
  return { before, after: rssOfTree(pid), peak, searches, slugs };
}

/** `total` requests, ten at a time, each path from `next`. */
async function loadCount(base: string, next: () => string, total: number) {
  let sent = 0;
  const worker = async () => {
    while (sent < total) {
      sent++;
      await fetch(`${base}${next()}`).then((r) => r.arrayBuffer(), () => undefined);
    }
  };
  await Promise.all(Array.from({ length: 10 }, worker));
}

/**
 * The seed, then, with the server on it, what fills its memory before the fuzz: the 1,000
 * cold searches (their results kept) and each kind of page once, without the latency runs.
 */
async function measureMemory(target: Target, contentDir: string) {
  const started = performance.now();
  await migrateAndSeed(target, contentDir);
  const seedSeconds = (performance.now() - started) / 1000;
  const server = await startServer(target);
  const stopSampling = peakMemory(server.pid);
  await coldSearches(server.base, queries.map(searchPath), 10);
  await coldSearches(server.base, Array.from({ length: 100 }, (_, page) => `${searchPath(broadQuery)}&page=${page + 1}`), 10);
  const listed = (await (await fetch(`${server.base}/api/models?locale=fi&sort=name`)).json()) as { results: { url: string }[] };
  const pages = [...mix.map((q) => `/fi/mallit?${q}`), ...listed.results.slice(0, 5).map((r) => r.url)];
  await load(server.base, [...pages, ...typed], 10, Math.min(seconds, 3));
  const peak = stopSampling();
  const memory = await memoryFuzz(server.base, server.pid);
  await server.stop();
  return { seedSeconds, peak, memory };
}

/** How long the 50 clients of the load run go on: 60 s with the default 10 s per run. */
const loadSeconds = Math.min(60, seconds * 6);

/**
 * What 50 readers at once ask for: the front page, the catalogue with and without a search,
 * model pages, searches of the API (the benchmark's queries, so partly not seen before) and
 * the type-ahead, in turn, each request the next of the list.
 */
function publicMix(modelUrls: string[]): () => string {
  const paths = [
    "/fi",
    ...mix.map((q) => `/fi/mallit?${q}`),
    ...modelUrls.slice(0, 10),
    ...queries.slice(0, 200).map(searchPath),
    ...typeAhead.map((word) => `/api/suggest?locale=fi&q=${word.slice(0, 4)}`),
  ];
  let next = 0;
  return () => paths[next++ % paths.length] ?? "/fi";
}

/**
 * Throughput with one instance and with two on the same database: 10 clients over the public
 * mix against the first for the load time, then 5 against each at once. On two cores, two
 * instances share the same CPU, so this shows the cost of the second, not a gain.
 */
async function twoInstances(target: Target, firstBase: string, modelUrls: string[]) {
  const one = await load(firstBase, publicMix(modelUrls), 10, seconds);
  const second = await startServer(target);
  try {
    await load(second.base, publicMix(modelUrls), 5, 1); // its caches filled as the first's are
    const both = await Promise.all([load(firstBase, publicMix(modelUrls), 5, seconds), load(second.base, publicMix(modelUrls), 5, seconds)]);
    return { one: one.rps, two: both[0].rps + both[1].rps, errors: one.errors + both[0].errors + both[1].errors };
  } finally {
    await second.stop();
  }
}

/** Where the bench is, on stderr: a run takes minutes and must not look hung. */
const step = (what: string) => console.error(`bench: ${what}`);

async function measure(target: Target, contentDir: string) {
  step(`${target.name}: seed`);
  const started = performance.now();
  await migrateAndSeed(target, contentDir);
  const seedSeconds = (performance.now() - started) / 1000;
  step(`${target.name}: searches in-process`);
  const inProcess = await inProcessTimes(target);
  step(`${target.name}: server start`);
  const server = await startServer(target);
  const stopSampling = peakMemory(server.pid);
  const paths = mix.map((q) => `/api/models?${q}`);
  // Every request a search not asked before: the mix's queries, each at a page of its own
  // (a page past the end shows the last page, but is computed anew all the same).
  const published = await searchTotal(server.base, "");
  step(`${target.name}: ${queries.length} cold searches`);
  const cold = await coldSearches(server.base, queries.slice(0, 200).map(searchPath), 1);
  const coldTen = await coldSearches(server.base, queries.slice(200).map(searchPath), 10);
  const totals = [...cold.totals, ...coldTen.totals];
  const matched = totals.filter((total) => total !== undefined).map((total) => total / published);
  const matchesPerQuery = Object.fromEntries(queries.map((query, i) => [query, totals[i] ?? null]));
  const pageHtmlBytes = (await (await fetch(`${server.base}/fi/mallit`)).arrayBuffer()).byteLength;
  // The broad query, each request at a page of its own (a page past the end shows the last
  // page, but is computed anew all the same).
  step(`${target.name}: the broad query`);
  const broad = await coldSearches(server.base, Array.from({ length: 100 }, (_, page) => `${searchPath(broadQuery)}&page=${page + 1}`), 10);
  step(`${target.name}: warm searches and pages (${seconds} s each)`);
  await load(server.base, paths, 1, 1); // the mix's first requests fill the cache
  const one = await load(server.base, paths, 1, seconds);
  const ten = await load(server.base, paths, 10, seconds);
  const page = await load(server.base, mix.map((q) => `/fi/mallit?${q}`), 10, seconds);
  // A published model's page, in Finnish, as the search lists it.
  const listed = (await (await fetch(`${server.base}/api/models?locale=fi&sort=name`)).json()) as { results: { url: string }[] };
  const modelPage = await load(server.base, listed.results.slice(0, 5).map((r) => r.url), 10, seconds);
  // The type-ahead; the first pass fills the cache.
  await load(server.base, typed, 1, 1);
  const suggest = await load(server.base, typed, 10, seconds);
  // Side by side: a static file, the minimal page with a nonce, and the app's pages above.
  const staticFile = await load(server.base, ["/icon.svg"], 10, Math.min(seconds, 5));
  const minimalPage = await load(server.base, ["/bench/minimal"], 10, seconds);
  const publicPages = { home: "/fi", catalogue: "/fi/mallit", model: listed.results[0]?.url ?? "/fi" };
  const scriptBytes = Math.max(...(await Promise.all(Object.values(publicPages).map((path) => gzippedScriptBytes(server.base, path)))));
  // What the framework alone ships: the minimal page has no component of ours in the browser.
  const minimalScriptBytes = await gzippedScriptBytes(server.base, "/bench/minimal");
  step(`${target.name}: Lighthouse, mobile, 3 runs of each public page`);
  const { home, catalogue, model } = publicPages;
  const lighthouse = await lighthouseMedians({ home: server.base + home, catalogue: server.base + catalogue, model: server.base + model });
  step(`${target.name}: 50 clients for ${loadSeconds} s`);
  const modelUrls = listed.results.map((r) => r.url);
  const load50 = await load(server.base, publicMix(modelUrls), 50, loadSeconds);
  const instances = target.poolSize > 1 ? await twoInstances(target, server.base, modelUrls) : null;
  const peak = stopSampling();
  step(`${target.name}: memory fuzz`);
  const memory = await memoryFuzz(server.base, server.pid);
  await server.stop();
  step(`${target.name}: the same seed again`);
  // The same files again: a re-seed that changes nothing.
  const reseedStarted = performance.now();
  await migrateAndSeed(target, contentDir);
  const reseedSeconds = (performance.now() - reseedStarted) / 1000;
  return {
    ...{ seedSeconds, reseedSeconds, inProcess, cold, coldTen, broad, matched, matchesPerQuery, pageHtmlBytes, one, ten, page, modelPage, suggest },
    ...{ staticFile, minimalPage, scriptBytes, minimalScriptBytes, lighthouse, load50, instances, peak, memory },
  };
}

/** The generated catalogue of `models` models, made once and kept in the temporary folder. */
async function generatedContent(models: number): Promise<string> {
  const folder = join(tmpdir(), `palaset-bench-content-${models}-v${corpusVersion}`);
  if (!existsSync(join(folder, "models"))) {
    const code = await run("npx", ["tsx", "scripts/content-generate.ts", "--count", String(models), "--out", folder]);
    if (code !== 0) process.exit(code);
  }
  return folder;
}

/**
 * --growth: the seed and the cold searches at 10 clients at 1,000 and 100,000 models, on the
 * server when BENCH_DATABASE_URL is set (else embedded), each in a fresh database.
 */
async function growth() {
  const figures: Record<string, { seed_s: number; search_cold_p95_ms: number }> = {};
  for (const models of [1_000, 100_000]) {
    const folder = await generatedContent(models);
    const target = env.BENCH_DATABASE_URL ? await serverTarget(env.BENCH_DATABASE_URL) : await embeddedTarget();
    try {
      step(`growth, ${models} models: seed`);
      const started = performance.now();
      await migrateAndSeed(target, folder);
      const seedSeconds = (performance.now() - started) / 1000;
      step(`growth, ${models} models: ${queries.length - 200} cold searches`);
      const server = await startServer(target);
      const cold = await coldSearches(server.base, queries.slice(200).map(searchPath), 10);
      await server.stop();
      figures[models] = { seed_s: round(seedSeconds), search_cold_p95_ms: round(cold.p95) };
      console.log(`\n## growth, ${target.name}: ${models} models: seed ${fmt(seedSeconds)} s; cold search p95 at 10 clients ${fmt(cold.p95)} ms (${cold.errors} errors)`);
    } finally {
      await target.close();
    }
  }
  return figures;
}

const contentDir = await generatedContent(count);
if ((await ensureBuilt()) !== 0) process.exit(1);

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "–");
const mib = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MiB`;

/** The fuzz's figures, after the peak before it when the table above does not show that. */
function printMemory(peakBefore: number | null, m: Awaited<ReturnType<typeof memoryFuzz>>) {
  if (peakBefore !== null) console.log(`server peak RSS before the fuzz: ${mib(peakBefore)}`);
  console.log(
    `\nmemory fuzz (${m.searches} random searches with 20 random theme values each, ${m.slugs} random model addresses): ` +
      `server RSS ${mib(m.before)} before, ${mib(m.after)} after, peak ${mib(m.peak)}; cache bound PALASET_CACHE_MB=${env.PALASET_CACHE_MB} MiB`,
  );
}
/** Every figure, for --json: per database where the figure has one ("embedded", "server"). */
const figures = {
  models: count,
  seed_s: {} as Record<string, number>,
  reseed_unchanged_s: {} as Record<string, number>,
  search_cold_p95_ms: {} as Record<string, { "1": number; "10": number }>,
  search_warm_p95_ms: {} as Record<string, { "1": number; "10": number }>,
  broad_cold_p95_ms: {} as Record<string, number>,
  page_warm_p95_ms: {} as Record<string, number>,
  model_page_warm_p95_ms: {} as Record<string, number>,
  suggest_warm_p95_ms: {} as Record<string, number>,
  // The single figures below are the last database's: the server's when BENCH_DATABASE_URL is set.
  page_html_bytes: null as number | null,
  static_rps: null as number | null,
  cached_page_rps: null as number | null,
  model_page_rps: null as number | null,
  rss_peak_mb: null as number | null,
  rss_after_fuzz_mb: null as number | null,
  matches_per_query: {} as Record<string, number | null>,
  minimal_page_rps: null as number | null,
  js_kib_gz: null as number | null,
  js_kib_gz_minimal_page: null as number | null,
  lighthouse_mobile: null as Record<string, LighthouseFigures> | null,
  two_instances_rps: null as { one: number; two: number } | null,
  load_50: {} as Record<string, { p95_ms: number; errors: number; rps: number }>,
  growth: undefined as Record<string, { seed_s: number; search_cold_p95_ms: number }> | undefined,
};
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (n: number) => Math.round(n * 10) / 10;

for (const makeTarget of [embeddedTarget, ...(env.BENCH_DATABASE_URL ? [() => serverTarget(env.BENCH_DATABASE_URL ?? "")] : [])]) {
  const target = await makeTarget();
  const key = target.poolSize === 1 ? "embedded" : "server";
  try {
    if (memoryOnly) {
      const r = await measureMemory(target, contentDir);
      console.log(`\n## ${target.name}: ${count} generated models × 3 locales, memory only\n`);
      console.log(`seed (migrate, load and validate the files, write): ${fmt(r.seedSeconds)} s`);
      printMemory(r.peak, r.memory);
      continue;
    }
    const r = await measure(target, contentDir);
    figures.seed_s[key] = round(r.seedSeconds);
    figures.reseed_unchanged_s[key] = round(r.reseedSeconds);
    figures.search_cold_p95_ms[key] = { "1": round(r.cold.p95), "10": round(r.coldTen.p95) };
    figures.search_warm_p95_ms[key] = { "1": round(r.one.p95), "10": round(r.ten.p95) };
    figures.broad_cold_p95_ms[key] = round(r.broad.p95);
    figures.page_warm_p95_ms[key] = round(r.page.p95);
    figures.model_page_warm_p95_ms[key] = round(r.modelPage.p95);
    figures.suggest_warm_p95_ms[key] = round(r.suggest.p95);
    figures.page_html_bytes = r.pageHtmlBytes;
    figures.static_rps = round(r.staticFile.rps);
    figures.cached_page_rps = round(r.page.rps);
    figures.model_page_rps = round(r.modelPage.rps);
    figures.minimal_page_rps = round(r.minimalPage.rps);
    figures.js_kib_gz = round(r.scriptBytes / 1024);
    figures.js_kib_gz_minimal_page = round(r.minimalScriptBytes / 1024);
    figures.lighthouse_mobile = r.lighthouse;
    figures.load_50[key] = { p95_ms: round(r.load50.p95), errors: r.load50.errors, rps: round(r.load50.rps) };
    if (r.instances) figures.two_instances_rps = { one: round(r.instances.one), two: round(r.instances.two) };
    figures.rss_peak_mb = megabytes(Math.max(r.peak, r.memory.peak));
    figures.rss_after_fuzz_mb = megabytes(r.memory.after);
    figures.matches_per_query = r.matchesPerQuery;
    console.log(`\n## ${target.name}: ${count} generated models × 3 locales (${seconds} s per load run)\n`);
    console.log(`seed (migrate, load and validate the files, write): ${fmt(r.seedSeconds)} s; the same files again: ${fmt(r.reseedSeconds)} s`);
    console.log(`catalogue page HTML: ${r.pageHtmlBytes} bytes; JavaScript of the heaviest public page: ${fmt(r.scriptBytes / 1024)} KiB gzipped (the minimal page: ${fmt(r.minimalScriptBytes / 1024)} KiB)\n`);
    const scores = Object.entries(r.lighthouse).map(([page, l]) => `${page} ${l.performance} (total blocking time ${l.tbt_ms} ms)`);
    console.log(`Lighthouse mobile performance, the median of 3 runs: ${scores.join(", ")}\n`);
    console.log("| measure | p50 ms | p95 ms | p99 ms | req/s | errors |");
    console.log("|---|---|---|---|---|---|");
    console.log(`| search in-process, uncached (Prisma + SQL), 1 client | ${fmt(r.inProcess.p50)} | ${fmt(r.inProcess.p95)} | | | |`);
    const runs = [
      ["search API, cold, 1 client (200 queries)", r.cold],
      ["search API, cold, 10 clients (800 queries)", r.coldTen],
      [`search API, cold, 10 clients, "${broadQuery}" (100 pages)`, r.broad],
      ["search API, warm, 1 client", r.one],
      ["search API, warm, 10 clients", r.ten],
      ["catalogue page, warm, 10 clients", r.page],
      ["model page, warm, 10 clients", r.modelPage],
      ["type-ahead, warm, 10 clients", r.suggest],
      ["static file, 10 clients", r.staticFile],
      ["minimal page with a nonce, 10 clients", r.minimalPage],
      [`public mix, 50 clients for ${loadSeconds} s`, r.load50],
    ] as const;
    for (const [label, l] of runs) {
      console.log(`| ${label} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${fmt(l.p99)} | ${fmt(l.rps)} | ${l.errors} |`);
    }
    console.log(`| server peak RSS | ${fmt(r.peak / 1024 / 1024)} MiB | | | | |`);
    console.log(`\ncatalogue page / minimal page: ${fmt((100 * r.page.rps) / r.minimalPage.rps)}% of its requests per second; model page: ${fmt((100 * r.modelPage.rps) / r.minimalPage.rps)}%`);
    if (r.instances) {
      console.log(`public mix at 10 clients: one instance ${fmt(r.instances.one)} req/s, two on the same database ${fmt(r.instances.two)} req/s (${r.instances.errors} errors)`);
    }
    console.log(`\nthe ${queries.length} cold queries by the share of published models they match:\n`);
    console.log("| matches | queries |");
    console.log("|---|---|");
    for (const [label, count] of histogram(r.matched)) console.log(`| ${label} | ${count} |`);
    printMemory(null, r.memory);
    console.log(`\nsearch API p50 at 1 client / uncached in-process p50: cold ${fmt(r.cold.p50 / r.inProcess.p50)}×, warm ${fmt(r.one.p50 / r.inProcess.p50)}×`);
  } catch (error) {
    // Without closing: a database whose server still holds a connection may not stop. The
    // server and the embedded database exit when this process does (scripts/serve.ts).
    console.error(`bench: ${target.name} failed:`, error);
    process.exit(1);
  } finally {
    await target.close();
  }
}
if (values.growth && !memoryOnly) figures.growth = await growth();
if (values.json && !memoryOnly) console.log(JSON.stringify(figures));
process.exit(0);
