// Runs the app's server (scripts/serve.ts) as a child process the parent stays responsible
// for. Node is started directly: npx in between does not pass signals on, and a SIGTERM to
// `npm start` used to leave the server answering 500s over a closed database. The IPC channel
// is there for its closing: when the parent dies without warning (kill -9) the channel closes
// and the server stops itself.
import { spawn, type ChildProcess } from "node:child_process";
import { noTelemetry } from "./telemetry";

export type ServerOptions = {
  dev: boolean;
  /** Variables for the server on top of this process's own (the database it is to use, PORT, HOST). */
  env: Record<string, string>;
  /** "inherit" shows the server's output with ours; "ignore" keeps a benchmark's output clean. */
  output?: "inherit" | "ignore";
};

export function spawnServer({ dev, env, output = "inherit" }: ServerOptions): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", ...(dev ? ["--dev"] : [])], {
    stdio: [output, output, output, "ipc"],
    env: { ...process.env, ...noTelemetry, NODE_ENV: dev ? "development" : "production", ...env },
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
