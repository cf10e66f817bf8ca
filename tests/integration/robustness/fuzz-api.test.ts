/**
 * The bounded run of `npm run fuzz:api` inside `npm test`: the real script as a process (its own Neo4j with
 * the seeds, the app on free ports, writes enabled with a token, the pinned schemathesis with every check
 * and every phase), limited to about a minute and a half of generation. It must make real requests and find
 * no failure; the full run is the script with its defaults.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../server/paths.ts";

const BUDGET_SECONDS = 80;

describe("npm run fuzz:api, bounded", () => {
  it(
    "makes hundreds of requests over every operation and finds no failure",
    async () => {
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          join(projectRoot, "bench/fuzz/fuzz-api.ts"),
          "--max-time",
          String(BUDGET_SECONDS),
          "--max-examples",
          "15",
        ],
        {
          cwd: projectRoot,
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      const tail = output.slice(-6000);
      const requests = Number(/fuzz:api: (\d+) requests made/.exec(output)?.[1] ?? 0);
      expect(requests, tail).toBeGreaterThan(300);
      expect(output, tail).toMatch(/fuzz:api: 0 failures found; schemathesis exit code 0/);
      // Every declared operation was reached, and so were the stateful links.
      expect(output, tail).toMatch(/Tested: (\d+)\b/);
      expect(output, tail).toMatch(/API Links: +\d+ covered/);
      expect(code, tail).toBe(0);
    },
    // Installing schemathesis on a fresh clone, starting Neo4j, then the bounded run itself.
    (BUDGET_SECONDS + 240) * 1000,
  );
});
