/**
 * Entry point of the ingest's extraction thread: walks the article paths, reads and extracts each file
 * (`prepareFile`) and posts the results to the main thread in file order.
 *
 * Why a thread: extraction is about a third of the loader's CPU. On the main thread it took turns with
 * identity resolution and Bolt packing, so Neo4j waited while Node extracted. Here it runs on its own core
 * while the main thread writes. It never gets more than `window` files ahead of what the main thread has
 * taken, so a slow database holds memory flat instead of filling a queue.
 * @see ./extracted-files.ts, which starts this thread and defines the messages
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadExtractionResources } from "../extract/extract-facts.ts";
import type { ExtractionWorkerData, FromExtractionWorker, ToExtractionWorker } from "./extracted-files.ts";
import { prepareFile } from "./prepare-document.ts";
import { walkArticleFiles } from "../read/walk-files.ts";

if (!parentPort) throw new Error("extraction-worker.ts runs as a worker thread (see extracted-files.ts)");
const port = parentPort;
const { paths, window } = workerData as ExtractionWorkerData;

let taken = 0;
let resume: (() => void) | undefined;
const onMessage = (message: ToExtractionWorker) => {
  taken = message.taken;
  resume?.();
  resume = undefined;
};
port.on("message", onMessage);
const post = (message: FromExtractionWorker) => port.postMessage(message);

const resources = await loadExtractionResources();
let posted = 0;
for await (const file of walkArticleFiles(paths)) {
  while (posted - taken >= window) await new Promise<void>((resolve) => (resume = resolve));
  post({ type: "file", file, prepared: await prepareFile(file, resources) });
  posted += 1;
}
post({ type: "done" });
// Nothing left to wait for: without the listener the thread ends on its own once the messages are out.
port.off("message", onMessage);
