/**
 * Starts and stops the embedded Neo4j: a child JVM running neo4j/…/EmbeddedNeo4j.java with Bolt on
 * 127.0.0.1, its store and logs under DATA_DIR.
 *
 * Why a child process and not an in-process database: Node has no JVM, and a separate process is also the
 * honest model of production, where the same driver code talks to a Neo4j server or cluster. The child
 * watches its stdin and exits when it closes, so an app killed with SIGKILL never leaves an orphan JVM
 * holding the store lock; Neo4j's own recovery then replays its transaction log on the next start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { bytesOf } from "../config.ts";
import { ensureLauncherBuilt, MAIN_CLASS } from "./build.ts";
import { readOrCreatePassword } from "./password.ts";
import { isPortFree } from "./ports.ts";

export interface EmbeddedNeo4jOptions {
  dataDir: string;
  port: number;
  host?: string;
  heap?: string;
  pageCache?: string;
  password?: string | undefined;
  /** Name of the variable that sets the port, for error messages. */
  portVariable?: string;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly pid: number;
  readonly logFile: string;
  /** Settles with the exit code (or signal name) once the JVM has exited. */
  readonly exited: Promise<number | string | null>;
  /** Clean shutdown: SIGTERM, then SIGKILL if Neo4j has not stopped within the grace period. */
  stop(graceMs?: number): Promise<void>;
}

export class EmbeddedNeo4jError extends Error {
  override readonly name = "EmbeddedNeo4jError";
}

export const LOG_FILE = "neo4j.log";

/**
 * HotSpot's inlining limits, lowered from JDK 17's 15 / 2500 / 325. A fresh JVM compiles Neo4j's hot
 * paths (the Cypher runtime, the record store, Lucene's postings writer) with C2, and C2's cost grows
 * faster than the size of what it inlines: with these, C2 takes half the CPU on a large load while the
 * statements run as fast (figures: docs/benchmarks.md, Ingest, "2026-11-24, fifth").
 */
const JIT_OPTIONS = ["-XX:MaxInlineLevel=6", "-XX:InlineSmallCode=1000", "-XX:FreqInlineSize=100"];

/**
 * Creates DATA_DIR one level at a time and proves it writable with a probe file. Not mkdirSync's recursive
 * mode: on Node 20 it spins forever under read-only pseudo file systems such as /proc.
 */
function checkDataDirWritable(dataDir: string): void {
  try {
    const missing: string[] = [];
    let folder = dataDir;
    while (!existsSync(folder)) {
      missing.unshift(folder);
      const parent = dirname(folder);
      if (parent === folder) break;
      folder = parent;
    }
    for (const level of missing) mkdirSync(level);
    const probe = join(dataDir, `.write-probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedNeo4jError(
      `DATA_DIR ${dataDir} is not writable (${reason}). Set DATA_DIR to a folder this user can write to.`,
    );
  }
}

/** The last lines of Neo4j's logs, to show the user why a start failed. */
export function tailOfLogs(dataDir: string, lines = 25): string {
  const files = [join(dataDir, LOG_FILE), join(dataDir, "neo4j", "logs", "debug.log")];
  return files
    .filter((file) => existsSync(file))
    .map((file) => {
      const tail = readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
      return `--- last lines of ${file} ---\n${tail}`;
    })
    .join("\n");
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | string | null>,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new EmbeddedNeo4jError(`not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    lines.on("line", (line) => {
      const match = /^READY (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`the Neo4j process exited during start-up (${code})`));
    });
  });
}

export async function startEmbeddedNeo4j(options: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const host = options.host ?? "127.0.0.1";
  const log = options.log ?? (() => {});
  const portVariable = options.portVariable ?? "EMBEDDED_NEO4J_PORT";
  checkDataDirWritable(options.dataDir);

  if (!(await isPortFree(options.port, host))) {
    throw new EmbeddedNeo4jError(
      `Port ${options.port} on ${host} is already in use, so the embedded Neo4j cannot listen there ` +
        `(another Neo4j or another "npm start" may be running). Stop that process or set ${portVariable} to a free port.`,
    );
  }

  const classpath = await ensureLauncherBuilt(log);
  const password = options.password ?? readOrCreatePassword(options.dataDir);
  const logFile = join(options.dataDir, LOG_FILE);
  const logStream = createWriteStream(logFile, { flags: "a" });
  logStream.write(`\n=== ${new Date().toISOString()} starting embedded Neo4j on ${host}:${options.port}\n`);

  const child = spawn(
    "java",
    [
      `-Xmx${options.heap ?? "1g"}`,
      "-XX:+UseG1GC",
      "-XX:+ExitOnOutOfMemoryError",
      "-Dfile.encoding=UTF-8",
      ...JIT_OPTIONS,
      "-cp",
      classpath,
      MAIN_CLASS,
    ],
    {
      stdio: ["pipe", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        JAVA_HOME: process.env.JAVA_HOME ?? "",
        JJ_NEO4J_HOME: join(options.dataDir, "neo4j"),
        JJ_NEO4J_HOST: host,
        JJ_NEO4J_PORT: String(options.port),
        JJ_NEO4J_PAGECACHE_BYTES: String(bytesOf(options.pageCache ?? "512m")),
        JJ_NEO4J_PASSWORD: password,
      },
    },
  );
  child.stdout!.pipe(logStream, { end: false });
  child.stderr!.pipe(logStream, { end: false });
  const exited = new Promise<number | string | null>((resolvePromise) => {
    child.once("exit", (code, signal) => resolvePromise(code ?? signal));
  });
  child.once("error", (error) => logStream.write(`spawn error: ${error.message}\n`));
  // If this Node process ends abruptly, take the JVM with it; closing stdin does the same more gently.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async (graceMs = 30_000): Promise<void> => {
    process.removeListener("exit", killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
    logStream.end();
  };

  const startedAt = Date.now();
  try {
    const uri = await waitForReady(child, exited, options.startTimeoutMs ?? 180_000);
    log(`Neo4j is up at ${uri} (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
    return { uri, user: "neo4j", password, pid: child.pid!, logFile, exited, stop };
  } catch (error) {
    await stop(5_000);
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedNeo4jError(
      `The embedded Neo4j did not start: ${reason}.\n${tailOfLogs(options.dataDir)}\n` +
        `What to do: read the log above; if another process holds the store, stop it; if the store is damaged ` +
        `and expendable, delete ${join(options.dataDir, "neo4j")} and start again; or use an external Neo4j via NEO4J_URI.`,
    );
  }
}
