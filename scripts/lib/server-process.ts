// Runs the app's server (scripts/serve.ts, bundled by scripts/lib/build.ts) as a child process
// the parent stays responsible for. Node is started directly: npx in between does not pass signals on, and a SIGTERM to
// `npm start` used to leave the server answering 500s over a closed database. The IPC channel
// is there for its closing: when the parent dies without warning (kill -9) the channel closes
// and the server stops itself.
import { spawn, type ChildProcess } from "node:child_process";
import { env as settings } from "@/env";
import { serverBundle } from "./build";
import { noTelemetry } from "./telemetry";

export type ServerOptions = {
  dev: boolean;
  /** Variables for the server on top of this process's own (the database it is to use, PORT, HOST). */
  env: Record<string, string>;
  /** "inherit" shows the server's output with ours; "ignore" keeps a benchmark's output clean. */
  output?: "inherit" | "ignore";
};

/**
 * Node's memory settings for the server. V8 sizes its heap for the machine (gigabytes here)
 * and, under load, lets garbage grow into hundreds of MB before it collects. What the server
 * keeps alive is about 80 MB of its own, the cache (at most PALASET_CACHE_MB) and what requests
 * in flight hold (at most PALASET_MAX_CONCURRENT_REQUESTS page renders), so the old generation
 * is capped at 144 MB above the cache's bound, and the young one kept small. Under the memory
 * fuzz of npm run bench the heap fills to its cap, so the cap sets the resident peak: 144 MB
 * above a 32 MB cache peaked at 265-282 MiB there, 160 MB at 278-291 MiB. It costs some
 * throughput once the cache is full, when the heap has less room for garbage: pages, searches
 * and the API at ten clients after 1,000 cold searches, 60-62 against 64-71 requests/s (two runs
 * each; on an empty cache 81-84 against 84-86 at fifty clients). Before renders waited in line,
 * 128 MB ran the heap out.
 * Prisma's query compiler is a 3.3 MB WebAssembly module; V8's optimising compiler took about
 * 55 MB of native memory compiling it at start, which glibc kept, so WebAssembly is left to
 * V8's baseline compiler (--liftoff-only): 50 MB less resident memory, and page and search
 * throughput within the runs' spread (issue 13). glibc gives every thread that allocates an
 * arena of its own, which fragments; two arenas are enough for one event loop and Node's few
 * helper threads.
 */
function serverMemorySettings(cacheMb: number): { nodeOptions: string[]; env: Record<string, string> } {
  return {
    nodeOptions: [`--max-old-space-size=${144 + cacheMb}`, "--max-semi-space-size=4", "--liftoff-only"],
    env: { MALLOC_ARENA_MAX: "2" },
  };
}

export function spawnServer({ dev, env, output = "inherit" }: ServerOptions): ChildProcess {
  const memory = serverMemorySettings(Number(env.PALASET_CACHE_MB ?? settings.PALASET_CACHE_MB));
  // The build's server bundle (ensureBuilt makes it); in development, the source under tsx.
  const command = dev ? ["--import", "tsx", "scripts/serve.ts", "--dev"] : [...memory.nodeOptions, serverBundle];
  return spawn(process.execPath, command, {
    stdio: [output, output, output, "ipc"],
    env: { ...(dev ? {} : memory.env), ...process.env, ...noTelemetry, NODE_ENV: dev ? "development" : "production", ...env },
  });
}

/** Resolves with the server's exit code; SIGTERM and SIGINT sent to this process are passed on meanwhile. */
export function superviseServer(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const done = (code: number) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code);
    };
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.once("exit", (code, signal) => done(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1)));
    child.once("error", (error) => {
      console.error("the server did not start:", error.message);
      done(1);
    });
  });
}
