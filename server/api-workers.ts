/**
 * The API served by several processes on one port (API_WORKERS > 1), through node:cluster: the primary
 * forks the workers, hands each its start message over IPC (so a Neo4j password never goes through argv or
 * the environment), waits until all listen, forks a new one when one dies, and stops them all on request.
 *
 * Why: the API's work is JavaScript on one thread, so one process saturates one core while the other
 * cores idle, and Neo4j, which the in-memory routes hardly ask, has cores to spare (docs/benchmarks.md,
 * API). Each worker keeps its own structures in memory and response cache (memory times N), and sees
 * another worker's write within a second through the graph's version, as it sees `npm run ingest`.
 *
 * The worker side is `serveAsWorker`: its entry file calls it with what to do on the primary's messages.
 */
import type { Serializable } from "node:child_process";
import cluster, { type Worker } from "node:cluster";

export interface WorkerPoolOptions {
  count: number;
  /** The workers' entry file; they run with this process's Node options (tsx, profiling). */
  exec: string;
  /** The first message every worker gets (connection and settings). */
  start: Serializable;
  log: (line: string) => void;
}

export interface WorkerPool {
  /** The shared port, once every worker listens; rejects if a worker exits before it does. */
  listening: Promise<number>;
  /** Process ids of the workers now running. */
  pids(): number[];
  /** Sends `command` to every worker and collects each one's answer under `key`. */
  ask<T>(command: string, key: string): Promise<T[]>;
  stop(): Promise<void>;
}

/** How long a dead worker's replacement waits, so that a worker failing at start does not spin. */
const RESTART_DELAY_MS = 1_000;
const STOP_TIMEOUT_MS = 20_000;

export function startWorkers(options: WorkerPoolOptions): WorkerPool {
  cluster.setupPrimary({ exec: options.exec });
  const workers = new Set<Worker>();
  let stopping = false;

  const fork = (): Promise<number> => {
    const worker = cluster.fork();
    workers.add(worker);
    // A send to a worker that just died fails with EPIPE: its exit is handled below, not as a crash here.
    worker.on("error", () => {});
    const listening = new Promise<number>((resolve, reject) => {
      worker.on("message", (message: { awaitingStart?: boolean; listening?: number }) => {
        // Sent once the worker's own listener is in place: a message sent before would be lost.
        if (message.awaitingStart && !stopping && worker.isConnected()) worker.send(options.start);
        if (message.listening !== undefined) resolve(message.listening);
      });
      worker.once("exit", (code, signal) => reject(new Error(`API worker exited (${signal ?? code})`)));
    });
    worker.once("exit", (code, signal) => {
      workers.delete(worker);
      if (stopping) return;
      options.log(`API worker ${worker.process.pid} exited (${signal ?? code}); starting another.`);
      setTimeout(() => {
        if (stopping) return;
        fork().then(
          () => options.log(`API worker ${worker.process.pid} replaced; ${workers.size} serving.`),
          () => {},
        );
      }, RESTART_DELAY_MS);
    });
    return listening;
  };

  const listening = Promise.all(Array.from({ length: options.count }, fork)).then((ports) => ports[0]!);
  // The caller awaits `listening`; a rejection after a failed start must not also crash the process.
  listening.catch(() => {});

  return {
    listening,
    pids: () => [...workers].flatMap((worker) => (worker.process.pid ? [worker.process.pid] : [])),
    ask<T>(command: string, key: string) {
      return Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<T>((resolve, reject) => {
              const onExit = () => reject(new Error(`API worker exited before answering ${command}`));
              const onMessage = (message: Record<string, unknown>) => {
                if (message[key] === undefined) return;
                worker.off("message", onMessage);
                worker.off("exit", onExit);
                resolve(message[key] as T);
              };
              worker.on("message", onMessage);
              worker.once("exit", onExit);
              worker.send(command);
            }),
        ),
      );
    },
    async stop() {
      stopping = true;
      await Promise.all(
        [...workers].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              const timer = setTimeout(() => worker.kill("SIGKILL"), STOP_TIMEOUT_MS);
              worker.once("exit", () => {
                clearTimeout(timer);
                resolve();
              });
              if (worker.isConnected()) worker.send("stop");
              else worker.kill();
            }),
        ),
      );
    },
  };
}

export interface WorkerHandlers<Start> {
  /** Builds and listens; resolves with the port. */
  serve(start: Start): Promise<number>;
  /** Answers a command of the primary other than "stop"; undefined when it is not one it knows. */
  answer?(command: string): Promise<Record<string, unknown> | undefined>;
  close(): Promise<void>;
}

/** The worker side: waits for the start message, serves, answers the primary, and closes on "stop". */
export function serveAsWorker<Start>(handlers: WorkerHandlers<Start>): void {
  const close = async () => {
    await handlers.close();
    process.exit(0);
  };
  // The primary is gone (killed): nothing will ever stop this worker but itself.
  process.once("disconnect", () => void close());
  process.once("message", async (start: Start | "stop") => {
    if (start === "stop") return close();
    let port: number;
    try {
      port = await handlers.serve(start);
    } catch (error) {
      process.stderr.write(`API worker ${process.pid} could not start: ${String(error)}\n`);
      process.exit(1);
    }
    process.send?.({ listening: port });
    answerCommands({ answer: handlers.answer, close: handlers.close });
  });
  process.send?.({ awaitingStart: true });
}

/**
 * Answers the parent process's commands over IPC (each answer a message of its own), until "stop": then
 * closes and exits. A worker answers its primary so; the benchmark's API process answers the benchmark so.
 */
export function answerCommands(handlers: Pick<WorkerHandlers<never>, "answer" | "close">): void {
  process.on("message", async (command: unknown) => {
    if (command === "stop") {
      await handlers.close();
      process.exit(0);
    }
    const answer = typeof command === "string" ? await handlers.answer?.(command) : undefined;
    if (answer) process.send?.(answer);
  });
}
