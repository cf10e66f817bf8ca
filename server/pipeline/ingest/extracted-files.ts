/**
 * The articles under some paths, read and extracted in a worker thread (extraction-worker.ts) and handed
 * to the caller in file order, as an async generator, so the main thread only resolves identities and
 * writes.
 *
 * Flow control: the caller reports how many files it has taken, and the worker stops `window` files ahead
 * of that, so memory stays flat however fast extraction is next to the database. The worker is terminated
 * when the generator ends for any reason (all files done, the caller stopped early or threw), so a failed
 * ingest never leaves a thread keeping the process alive.
 */
import { Worker } from "node:worker_threads";
import { bundledModule, workerExecArgv } from "../bundled-module.ts";
import type { Prepared } from "./prepare-document.ts";

export interface ExtractionWorkerData {
  paths: string[];
  /** How many files the worker may post beyond those the main thread has taken. */
  window: number;
}

export type FromExtractionWorker = { type: "file"; file: string; prepared: Prepared } | { type: "done" };

/** `taken`: how many files the main thread has taken so far, in all. */
export type ToExtractionWorker = { type: "taken"; taken: number };

export interface ExtractedFile {
  file: string;
  prepared: Prepared;
}

/**
 * The worker runs as one bundle of its module and ours it imports (bundled-module.ts): faster in the
 * extraction loop than the same modules loaded one by one, and a plain ES module a worker thread can start
 * without a TypeScript loader (on Node 20 the main thread's loader hooks do not reach worker threads).
 */
const WORKER_ENTRY = new URL("./extraction-worker.ts", import.meta.url);

export async function* extractedFiles(
  paths: readonly string[],
  options: { window: number },
): AsyncGenerator<ExtractedFile> {
  const window = Math.max(1, Math.floor(options.window));
  // Report progress a few times per window, not per file; any step not above the window avoids a stall.
  const reportEvery = Math.max(1, Math.floor(window / 4));
  const worker = new Worker(await bundledModule(WORKER_ENTRY), {
    execArgv: workerExecArgv(),
    workerData: { paths: [...paths], window } satisfies ExtractionWorkerData,
  });

  // A queue read from `head`, so taking a file does not shift the whole array.
  let queue: (FromExtractionWorker | undefined)[] = [];
  let head = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on("message", (message: FromExtractionWorker) => {
    queue.push(message);
    notify();
  });
  worker.on("error", (error) => {
    failure ??= error;
    notify();
  });
  worker.on("messageerror", (error) => {
    failure ??= error;
    notify();
  });
  // Node delivers every message a worker posted before its 'exit', so an exit seen with an empty queue
  // and no "done" means the worker died.
  worker.on("exit", (code) => {
    failure ??= new Error(`the extraction worker stopped (exit code ${code}) before reading every file`);
    notify();
  });

  let taken = 0;
  try {
    for (;;) {
      if (head === queue.length) {
        if (failure) throw failure;
        queue = [];
        head = 0;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const message = queue[head]!;
      queue[head++] = undefined; // the caller alone holds the article now, so it can be collected after
      if (message.type === "done") return;
      taken += 1;
      if (taken % reportEvery === 0)
        worker.postMessage({ type: "taken", taken } satisfies ToExtractionWorker);
      yield { file: message.file, prepared: message.prepared };
    }
  } finally {
    await worker.terminate();
  }
}
