/**
 * A timing thread of `npm run bench:extract` (timed-extraction.ts, as one esbuild bundle: bundled-module.ts),
 * started as the ingest starts its extraction thread, with the same Node options (`workerExecArgv`).
 */
import { Worker } from "node:worker_threads";
import { bundledModule, workerExecArgv } from "../../server/pipeline/bundled-module.ts";
import type { TimingAnswer, TimingRequest } from "./timed-extraction.ts";

export class TimingThread {
  private readonly worker: Worker;

  private constructor(worker: Worker) {
    this.worker = worker;
  }

  /** This tree's extractor, or the bundle `entry` (another commit's: against.ts). */
  static async start(entry?: URL): Promise<TimingThread> {
    const bundle = entry ?? (await bundledModule(new URL("./timed-extraction.ts", import.meta.url)));
    return new TimingThread(new Worker(bundle, { execArgv: workerExecArgv() }));
  }

  time(request: TimingRequest): Promise<TimingAnswer> {
    return new Promise((resolve, reject) => {
      const cleanUp = () => {
        this.worker.off("message", onMessage);
        this.worker.off("error", onError);
      };
      const onMessage = (answer: TimingAnswer) => {
        cleanUp();
        resolve(answer);
      };
      const onError = (error: Error) => {
        cleanUp();
        reject(error);
      };
      this.worker.on("message", onMessage);
      this.worker.on("error", onError);
      this.worker.postMessage(request);
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
