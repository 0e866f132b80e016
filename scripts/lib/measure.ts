// Small measuring tools for the benchmark: percentiles, a peak-memory sampler for a process
// tree, and an HTTP load run with autocannon that keeps every latency.
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export type Latencies = { p50: number; p95: number; p99: number; rps: number; errors: number };

/**
 * Runs `paths` over `connections` for `seconds`; latencies in ms. Each connection walks the
 * list in order; a function instead gives every request, across connections, a path of its own.
 */
export async function load(base: string, paths: string[] | (() => string), connections: number, seconds: number): Promise<Latencies> {
  const latencies: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests:
          typeof paths === "function"
            ? [{ method: "GET" as const, setupRequest: (request) => ({ ...request, path: paths() }) }]
            : paths.map((path) => ({ method: "GET" as const, path })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 400) errors++;
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: errors + result.errors + result.timeouts,
  };
}

function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) kids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return kids;
}

/** The resident memory of a process and its children now, in bytes. */
export function rssOfTree(pid: number): number {
  let total = 0;
  for (const p of [pid, ...childrenOf(pid).flatMap((kid) => [kid, ...childrenOf(kid)])]) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      total += Number(match?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return total;
}

/** Samples the resident memory of a process and its children until stopped; returns the peak in bytes. */
export function peakMemory(pid: number): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOfTree(pid));
  }, 100);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * The JavaScript a page makes a browser load: every script its HTML names, fetched and
 * gzipped as the server would send it, in bytes. Not counted: scripts marked noModule (the
 * polyfills only browsers without modules load) and those the page loads later by itself
 * (dynamic imports), which it does not need to work.
 */
export async function gzippedScriptBytes(base: string, path: string): Promise<number> {
  const html = await (await fetch(`${base}${path}`)).text();
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\bnoModule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\bsrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&") ?? []));
  let total = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    total += gzipSync(body).byteLength;
  }
  return total;
}
