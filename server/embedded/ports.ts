/**
 * Port probes. Start-up checks its ports before it spawns anything, so that "address in use" is reported
 * as the port and the variable to change rather than as a stack trace from deep inside a JVM.
 */
import { createServer } from "node:net";

/** True when nothing listens on host:port (we could bind it ourselves). */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createServer();
    probe.once("error", () => resolvePromise(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolvePromise(true)));
  });
}

/** A port the kernel considers free right now on host (for tests and throw-away instances). */
export function findFreePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen({ port: 0, host, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}
