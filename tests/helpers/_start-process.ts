/**
 * Runs `npm start`'s entry point (server/cli/start.ts) as a real child process with a given environment,
 * collecting its output, for tests of start-up, failures and restarts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../server/paths.ts";

export interface StartedProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves with the output once `pattern` appears; rejects if the process exits first. */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<string>;
}

export function runStart(env: Record<string, string>): StartedProcess {
  // One process, as `npm start` runs it (node --import tsx), so a signal reaches the app itself.
  const child = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "server/cli/start.ts")], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp, timeoutMs = 180_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(text)) {
          clearInterval(timer);
          resolve(text);
        }
      }, 100);
      setTimeout(() => {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${pattern}; output:\n${text}`));
      }, timeoutMs);
      void exited.then((code) => {
        setTimeout(() => {
          clearInterval(timer);
          if (pattern.test(text)) resolve(text);
          else reject(new Error(`exited (${code}) before ${pattern}; output:\n${text}`));
        }, 200);
      });
    });
  return { child, output: () => text, exited, waitFor };
}
